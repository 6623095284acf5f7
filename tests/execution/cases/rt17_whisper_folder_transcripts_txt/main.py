import os

import openai

FOLDER = "recordings"
EXTENSIONS = (".mp3", ".wav")


def transcribe_folder(folder):
    done = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(EXTENSIONS):
            continue
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            text = openai.Audio.transcribe(model="whisper-1", file=f, response_format="text")
        out = os.path.splitext(path)[0] + ".txt"
        with open(out, "w") as fh:
            fh.write(text)
        done.append((name, text.strip()))
    return done


for name, text in transcribe_folder(FOLDER):
    print(f"{name}: {text}")
