"""A Discord bot with a persona (discord.py's on_message calls PersonaBot.on_message)."""
import json
import os

import openai


class PersonaBot:
    def __init__(self, persona, model="gpt-4", max_history=6):
        openai.api_key = os.environ["OPENAI_API_KEY"]
        self.model = model
        self.max_history = max_history
        self.system = {"role": "system", "content": f"You are {persona}. Stay in character."}
        self.history = []
        self.transcript = []  # raw API responses as plain dicts, dumped by !export

    def _complete(self):
        messages = [self.system] + self.history[-self.max_history:]
        response = openai.ChatCompletion.create(model=self.model, messages=messages)
        record = response.to_dict_recursive()
        self.transcript.append(record)
        return record

    def on_message(self, author, content):
        if content == "!stats":
            used = sum(r["usage"]["total_tokens"] for r in self.transcript)
            return f"{len(self.transcript)} replies, {used} tokens"
        if content == "!export":
            rows = [{"id": i, "reply": r["choices"][0]["message"]["content"],
                     "finish": r["choices"][0]["finish_reason"]}
                    for i, r in enumerate(self.transcript)]
            return json.dumps(rows)
        self.history.append({"role": "user", "content": f"{author}: {content}"})
        record = self._complete()
        reply = record["choices"][0]["message"]
        self.history.append({"role": reply["role"], "content": reply["content"]})
        return reply["content"]
