import os
import tempfile

from media.speech import transcribe

work = tempfile.mkdtemp()
clip = os.path.join(work, "standup.wav")
with open(clip, "wb") as f:
    f.write(b"RIFF\x00\x00\x00\x00WAVEfmt FAKEAUDIO: yesterday I fixed the login bug")

plain = transcribe(clip)
print("text:", plain.strip())

subtitles = transcribe(clip, fmt="srt")
srt_path = os.path.join(work, "standup.srt")
with open(srt_path, "w") as f:
    f.write(subtitles)
print("srt cues:", sum(1 for line in subtitles.splitlines() if "-->" in line))

detailed = transcribe(clip, "verbose_json", 0.2)
for seg in detailed["segments"]:
    print(f"[{seg['start']:.1f}-{seg['end']:.1f}] {seg['text']}")
