import openai


class TimedClient:
    def __init__(self, model="gpt-3.5-turbo", request_timeout=20, retries=2):
        self.model = model
        self.request_timeout = request_timeout
        self.retries = retries

    def chat(self, prompt):
        last_error = None
        for _ in range(self.retries):
            try:
                response = openai.ChatCompletion.create(
                    model=self.model,
                    messages=[{"role": "user", "content": prompt}],
                    request_timeout=self.request_timeout,
                )
                return response["choices"][0]["message"]["content"]
            except openai.error.Timeout as e:
                last_error = e
        return f"timed out after {self.retries} tries"


if __name__ == "__main__":
    print(TimedClient().chat("quick question"))
    print(TimedClient(request_timeout=0.3).chat("[slow] long question"))
