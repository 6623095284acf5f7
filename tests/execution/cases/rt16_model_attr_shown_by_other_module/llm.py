import openai


class LLM:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def ask(self, prompt):
        r = openai.ChatCompletion.create(model=self.model, messages=[{"role": "user", "content": prompt}])
        return {"model": self.model, "answer": r["choices"][0]["message"]["content"]}
