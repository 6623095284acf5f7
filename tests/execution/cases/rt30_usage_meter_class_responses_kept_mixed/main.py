import openai


class UsageMeter:
    def __init__(self):
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.responses = []

    def add(self, response):
        self.prompt_tokens += response.usage.prompt_tokens
        self.completion_tokens += response["usage"]["completion_tokens"]
        self.responses.append(response)
        return response

    def report(self):
        return (f"{len(self.responses)} calls, {self.prompt_tokens} prompt + "
                f"{self.completion_tokens} completion tokens")


meter = UsageMeter()
meter.add(openai.Completion.create(model="text-davinci-003", prompt="Write a tagline for a bakery",
                                   max_tokens=30))
meter.add(openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Write a tagline for a bookshop"}],
    max_tokens=30,
))

first, second = meter.responses
print("bakery:", first.choices[0].text.strip())
print("bookshop:", second.choices[0].message["content"].strip())
print(meter.report())
