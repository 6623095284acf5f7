import openai


def headline(article):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Write a headline for this article:\n{article}\nHeadline:",
        max_tokens=20,
        best_of=3,
        temperature=0.8,
    )
    return response.choices[0].text.strip()


if __name__ == "__main__":
    print(headline("Local bakery wins national award for sourdough."))
