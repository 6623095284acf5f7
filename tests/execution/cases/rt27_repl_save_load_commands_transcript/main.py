import json
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
MODEL = "gpt-3.5-turbo"
SAVE_FILE = os.path.join(tempfile.gettempdir(), f"repl-{os.getpid()}.json")


class Repl:
    def __init__(self):
        self.messages = []

    def command(self, line):
        cmd = line[1:]
        if cmd == "save":
            with open(SAVE_FILE, "w") as f:
                json.dump({"model": MODEL, "messages": self.messages}, f)
            return f"saved {len(self.messages)} messages"
        if cmd == "load":
            with open(SAVE_FILE) as f:
                self.messages = json.load(f)["messages"]
            return f"loaded {len(self.messages)} messages"
        if cmd == "clear":
            self.messages = []
            return "cleared"
        if cmd == "history":
            return "\n".join(f"  {m['role']}: {m['content']}" for m in self.messages)
        return "unknown command"

    def say(self, line):
        self.messages.append({"role": "user", "content": line})
        r = openai.ChatCompletion.create(model=MODEL, messages=self.messages, temperature=0.3)
        msg = r["choices"][0]["message"]
        self.messages.append({"role": "assistant", "content": msg["content"]})
        return f"{msg['content']} [{r['choices'][0]['finish_reason']}]"

    def run(self, lines):
        for line in lines:
            out = self.command(line) if line.startswith("/") else self.say(line)
            print(f">>> {line}\n{out}")


try:
    Repl().run(["hello", "my name is Sam", "/save", "/clear", "what is my name", "/load",
                "what is my name", "/history"])
finally:
    if os.path.exists(SAVE_FILE):
        os.remove(SAVE_FILE)
