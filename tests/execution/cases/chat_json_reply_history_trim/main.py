import json

import openai

BUDGET = 12


class Assistant:
    def __init__(self, model="gpt-4"):
        self.model = model
        self.history = [{"role": "system", "content": "Answer in JSON with a 'answer' key."}]

    def _trim(self, prompt_tokens):
        while prompt_tokens > BUDGET and len(self.history) > 3:
            removed = self.history.pop(1)
            prompt_tokens -= len(removed["content"].split())

    def ask(self, question):
        self.history.append({"role": "user", "content": question})
        resp = openai.ChatCompletion.create(model=self.model, messages=self.history)
        content = resp["choices"][0]["message"]["content"]
        try:
            data = json.loads(content)
        except json.JSONDecodeError:
            data = {"answer": content, "raw": True}
        self.history.append({"role": "assistant", "content": content})
        self._trim(resp["usage"]["prompt_tokens"])
        return data


if __name__ == "__main__":
    a = Assistant()
    for q in ["What is 2+2?", "And times 3?", "Now minus 1?"]:
        result = a.ask(q)
        print(result["answer"], result.get("raw", False), len(a.history))
