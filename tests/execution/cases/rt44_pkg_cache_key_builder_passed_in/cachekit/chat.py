import openai


class CachedChat:
    def __init__(self, keys, model="gpt-3.5-turbo"):
        self.keys = keys
        self.model = model
        self.store = {}
        self.hits = 0

    def ask(self, prompt, temperature=0, max_tokens=20):
        key = self.keys.key(model=self.model, prompt=prompt, temperature=temperature,
                            max_tokens=max_tokens)
        if key in self.store:
            self.hits += 1
            return self.store[key]
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            temperature=temperature,
            max_tokens=max_tokens,
        )
        answer = response["choices"][0]["message"]["content"]
        self.store[key] = answer
        return answer
