"""Meeting archive: transcribe recordings found in a folder and upload the transcripts."""
import json
import tempfile
from pathlib import Path

import openai

root = Path(tempfile.mkdtemp())
(root / "2023-09-18-standup.ogg").write_bytes(b"OggS FAKEAUDIO: we ship on friday")
(root / "2023-09-19-retro.ogg").write_bytes(b"OggS FAKEAUDIO: the deploy went well")

rows = []
for recording in sorted(root.glob("*.ogg")):
    with recording.open("rb") as audio:
        text = openai.Audio.transcribe("whisper-1", audio, response_format="text").strip()
    print(f"{recording.stem}: {text}")
    rows.append({"prompt": recording.stem, "completion": " " + text})

archive = root / "transcripts.jsonl"
archive.write_text("".join(json.dumps(r) + "\n" for r in rows))
with archive.open("rb") as fh:
    uploaded = openai.File.create(file=fh, purpose="fine-tune", user_provided_filename=archive.name)
print("archived as", uploaded["filename"], uploaded["bytes"], "bytes")
