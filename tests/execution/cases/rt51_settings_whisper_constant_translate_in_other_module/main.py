import os
import tempfile

from translator import to_english

clip = os.path.join(tempfile.mkdtemp(), "ansage.wav")
with open(clip, "wb") as f:
    f.write(b"RIFF\x00\x00\x00\x00WAVE FAKEAUDIO: der Zug nach Berlin hat Verspatung")
print(to_english(clip))
