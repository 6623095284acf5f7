import openai


def main():
    resp = openai.Moderation.create(input=["you are stupid", "lovely weather"], model="text-moderation-stable")
    for item in resp["results"]:
        flagged = [name for name, hit in item["categories"].items() if hit]
        print(item["flagged"], flagged)


if __name__ == "__main__":
    main()
