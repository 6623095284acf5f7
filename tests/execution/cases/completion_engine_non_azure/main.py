import openai

ENGINE = "text-davinci-002"


def classify(review):
    out = openai.Completion.create(engine=ENGINE, prompt=f"Sentiment of: {review}\nSentiment:")
    return out.choices[0].text.strip()


def main():
    print(classify("The soup was cold and the waiter rude."))
    print(classify("Best pancakes in town!"))


if __name__ == "__main__":
    main()
