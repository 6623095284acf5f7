import openai


def main():
    resp = openai.Image.create(prompt="a red bicycle", n=1, size="512x512")
    url = resp["data"][0]["url"]
    print(url.startswith("https://"))


if __name__ == "__main__":
    main()
