import openai


def check(text):
    result = openai.Moderation.create(input=text)["results"][0]
    return result["flagged"], result["categories"]["violence"]


def main():
    print(check("I will kill the process after lunch"))
    print(check("Have a nice day"))


if __name__ == "__main__":
    main()
