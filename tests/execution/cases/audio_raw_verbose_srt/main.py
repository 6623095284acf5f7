import openai


def from_bytes(path):
    with open(path, "rb") as f:
        data = f.read()
    return openai.Audio.transcribe_raw("whisper-1", data, "memo.mp3")["text"]


def segments(path):
    with open(path, "rb") as f:
        result = openai.Audio.translate("whisper-1", f, response_format="verbose_json")
    return [segment["text"] for segment in result["segments"]]


def subtitles(path):
    with open(path, "rb") as f:
        return openai.Audio.transcribe("whisper-1", f, response_format="srt")


def main():
    print(from_bytes("memo.mp3"))
    print(segments("memo.mp3"))
    print(subtitles("memo.mp3").strip().splitlines()[-1])


if __name__ == "__main__":
    main()
