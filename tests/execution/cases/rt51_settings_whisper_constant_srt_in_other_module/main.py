import os
import tempfile

from subtitles import make_srt

video_audio = os.path.join(tempfile.mkdtemp(), "trailer.mp4")
with open(video_audio, "wb") as f:
    f.write(b"\x00\x00\x00\x18ftypmp42 FAKEAUDIO: coming this winter to a theatre near you")
srt = make_srt(video_audio)
cues = [line for line in srt.splitlines() if "-->" in line]
print(f"{len(cues)} cue(s)")
print(srt.strip().splitlines()[-1])
