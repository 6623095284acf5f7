import json


class Transcript:
    def __init__(self):
        self.turns = []

    def add(self, role, content, **meta):
        self.turns.append({"role": role, "content": content, **meta})

    def history(self):
        return [{"role": t["role"], "content": t["content"]} for t in self.turns]

    def dump(self):
        return json.dumps(self.turns, indent=1)
