import openai


def main():
    with open("memo.m4a", "rb") as f:
        text = openai.Audio.transcribe(model="whisper-1", file=f, response_format="text")
    print(text.strip().upper())


if __name__ == "__main__":
    main()
