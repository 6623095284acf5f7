import openai


class LoggingMixin:
    def log_call(self, prompt, response):
        usage = response["usage"]
        print(f"[{self.model}] prompt={len(prompt)} chars, {usage['total_tokens']} tokens")


class Summarizer(LoggingMixin):
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model

    def summarize(self, text):
        prompt = f"Summarize: {text}"
        response = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": prompt}]
        )
        self.log_call(prompt, response)
        return response["choices"][0]["message"]["content"]


print(Summarizer().summarize("Cats sleep most of the day."))
