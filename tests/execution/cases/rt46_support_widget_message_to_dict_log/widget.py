import json
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


class SupportWidget:
    """Backend of the website's chat bubble; every turn is appended to a JSONL audit log."""

    def __init__(self):
        self.messages = [{"role": "system", "content": "You are ShopCo's support widget."}]
        self.audit = []

    def send(self, text):
        self.messages.append({"role": "user", "content": text})
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=self.messages,
                                            max_tokens=40)
        msg = resp.choices[0].message
        self.messages.append(msg.to_dict())
        self.audit.append(json.dumps({"turn": len(self.audit) + 1, "message": msg,
                                      "tokens": resp.usage.total_tokens}, sort_keys=True))
        return msg.content
