import openai


def fmt(seconds):
    minutes, secs = divmod(seconds, 60)
    return f"{int(minutes):02d}:{secs:05.2f}"


with open("lecture.mp3", "rb") as audio:
    result = openai.Audio.transcribe("whisper-1", audio, response_format="verbose_json")

print("language:", result["language"], "duration:", result["duration"])
for seg in result["segments"]:
    print(f"[{fmt(seg['start'])} -> {fmt(seg['end'])}] {seg['text'].strip()}")
