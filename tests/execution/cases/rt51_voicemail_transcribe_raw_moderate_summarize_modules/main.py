from ingest import transcript_of
from review import is_abusive, summary_of

INBOX = [
    ("vm-001.ogg", b"OggS FAKEAUDIO: hi it is Dana, the parcel arrived damaged, please call back"),
    ("vm-002.ogg", b"OggS FAKEAUDIO: I hate your company and I will hurt someone"),
]

for filename, data in INBOX:
    text = transcript_of(data, filename)
    if is_abusive(text):
        print(f"{filename}: escalated to security")
        continue
    print(f"{filename}: {summary_of(text)}")
