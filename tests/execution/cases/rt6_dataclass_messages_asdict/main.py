from dataclasses import asdict, dataclass, field
from typing import List

import openai


@dataclass
class Message:
    role: str
    content: str


@dataclass
class Conversation:
    system: str
    history: List[Message] = field(default_factory=list)

    def payload(self):
        return [asdict(Message("system", self.system))] + [asdict(m) for m in self.history]

    def send(self, text):
        self.history.append(Message("user", text))
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.payload())
        reply = response.choices[0].message
        self.history.append(Message(reply.role, reply.content))
        return reply.content


conv = Conversation("You are terse.")
print(conv.send("Hi there"))
print(conv.send("What did I just say?"))
print([m.role for m in conv.history])
