"""Chat messages as dataclasses; the API reply is turned back into one."""
from dataclasses import asdict, dataclass, field
from typing import List

import openai


@dataclass
class ChatMessage:
    role: str
    content: str


@dataclass
class Conversation:
    system: str
    messages: List[ChatMessage] = field(default_factory=list)

    def payload(self):
        return [{"role": "system", "content": self.system}] + [asdict(m) for m in self.messages]

    def say(self, text):
        self.messages.append(ChatMessage("user", text))
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.payload())
        reply = ChatMessage(**response.choices[0].message)
        self.messages.append(reply)
        return reply


if __name__ == "__main__":
    convo = Conversation(system="You are a bot for a bakery.")
    for text in ["Do you sell croissants?", "How much are they?"]:
        reply = convo.say(text)
        print(reply.role, "|", reply.content)
    print(len(convo.messages), "messages")
