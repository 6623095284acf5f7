import openai

from cache import JsonCache


class CachedChat:
    def __init__(self, cache_path, model="gpt-3.5-turbo"):
        self.cache = JsonCache(cache_path)
        self.model = model
        self.hits = 0

    def ask(self, prompt):
        key = self.cache.key(self.model, prompt)
        response = self.cache.get(key)
        if response is None:
            response = openai.ChatCompletion.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
            )
            self.cache.put(key, response)
        else:
            self.hits += 1
        return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]
