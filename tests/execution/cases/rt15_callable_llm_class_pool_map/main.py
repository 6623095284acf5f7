from concurrent.futures import ThreadPoolExecutor

import openai


class LLM:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=32):
        self.model = model
        self.max_tokens = max_tokens
        self.total_tokens = 0

    def __call__(self, prompt):
        r = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
        )
        self.total_tokens += r["usage"]["total_tokens"]
        return r["choices"][0]["message"]["content"]


llm = LLM()
prompts = [f"Write a slogan for product #{i}" for i in range(4)]
with ThreadPoolExecutor(max_workers=2) as pool:
    outputs = list(pool.map(llm, prompts))
print("\n".join(outputs))
print("tokens:", llm.total_tokens)
