import openai


def transcribe(path):
    with open(path, "rb") as audio_file:
        transcript = openai.Audio.transcribe("whisper-1", audio_file)
    return transcript["text"]


def main():
    print(transcribe("standup.mp3"))


if __name__ == "__main__":
    main()
