import openai


def main():
    with open("logo.png", "rb") as f:
        resp = openai.Image.create_variation(image=f, n=2, size="256x256")
    print(len(resp["data"]))


if __name__ == "__main__":
    main()
