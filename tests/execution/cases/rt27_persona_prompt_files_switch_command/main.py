import os
import tempfile
from pathlib import Path

import openai

PERSONAS = {
    "pirate": "You are a pirate captain. Speak like one.",
    "chef": "You are a French chef. Every answer mentions food.",
    "coach": "You are a motivational coach.",
}


def install_personas(root):
    folder = Path(root) / "personas"
    folder.mkdir()
    for name, text in PERSONAS.items():
        (folder / f"{name}.txt").write_text(text)
    return folder


class PersonaChat:
    def __init__(self, folder, persona="coach"):
        self.folder = folder
        self.persona = persona
        self.history = []

    def available(self):
        return sorted(p[:-4] for p in os.listdir(self.folder) if p.endswith(".txt"))

    def handle(self, text):
        if text.startswith("/persona"):
            name = text.split()[1]
            if name not in self.available():
                return f"no such persona; choose from {', '.join(self.available())}"
            self.persona, self.history = name, []
            return f"now talking to the {name}"
        system = (self.folder / f"{self.persona}.txt").read_text()
        self.history.append({"role": "user", "content": text})
        res = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "system", "content": system}, *self.history],
            top_p=0.9,
        )
        out = res["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": out})
        return out


if __name__ == "__main__":
    openai.api_key = os.getenv("OPENAI_API_KEY")
    chat = PersonaChat(install_personas(tempfile.mkdtemp()))
    for msg in ["I feel lazy today", "/persona wizard", "/persona chef", "what's for dinner",
                "something vegetarian"]:
        print(f"{msg!r}: {chat.handle(msg)}")
