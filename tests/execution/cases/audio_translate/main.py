import openai


def main():
    with open("greeting.wav", "rb") as f:
        result = openai.Audio.translate("whisper-1", f)
    print(result["text"])


if __name__ == "__main__":
    main()
