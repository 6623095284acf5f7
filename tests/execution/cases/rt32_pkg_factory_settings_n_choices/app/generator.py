import openai


class TaglineGenerator:
    def __init__(self, model, n, temperature, max_tokens):
        self.model = model
        self.n = n
        self.temperature = temperature
        self.max_tokens = max_tokens

    def taglines(self, product):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": f"Write a short tagline for {product}"}],
            n=self.n,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return [choice.message.content for choice in response.choices]
