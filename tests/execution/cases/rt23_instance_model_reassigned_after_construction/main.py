import openai


class Assistant:
    def __init__(self, temperature=0):
        self.model = "gpt-3.5-turbo"
        self.temperature = temperature
        self.calls = 0

    def reply(self, prompt):
        self.calls += 1
        completion = openai.ChatCompletion.create(
            model=self.model,
            temperature=self.temperature,
            messages=[{"role": "user", "content": prompt}],
        )
        return completion.choices[0].message.content


bot = Assistant()
print(bot.reply("Summarize the plot of Hamlet"))

# the hard questions go to the bigger model
bot.model = "gpt-4"
print(bot.reply("Prove that sqrt(2) is irrational"))
print("calls:", bot.calls)
