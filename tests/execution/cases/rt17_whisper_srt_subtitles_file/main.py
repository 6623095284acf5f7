"""Make subtitles for a video clip's audio track."""
import openai

with open("clip.mp4", "rb") as f:
    srt = openai.Audio.transcribe("whisper-1", f, response_format="srt")

with open("clip.srt", "w", encoding="utf-8") as out:
    out.write(srt)

lines = [line for line in srt.splitlines() if line.strip()]
print(f"{len(lines)} lines written to clip.srt")
print(lines[-1])
