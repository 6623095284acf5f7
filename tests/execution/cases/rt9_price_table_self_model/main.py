import openai

# (prompt, completion) dollars per 1K tokens
PRICING = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-4": (0.03, 0.06),
}


class Assistant:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.spent = 0.0

    def reply(self, text):
        resp = openai.ChatCompletion.create(
            model=self.model, messages=[{"role": "user", "content": text}]
        )
        prompt_price, completion_price = PRICING[self.model]
        u = resp.usage
        self.spent += (u.prompt_tokens * prompt_price + u.completion_tokens * completion_price) / 1000
        return resp.choices[0].message.content


if __name__ == "__main__":
    cheap = Assistant()
    smart = Assistant("gpt-4")
    print(cheap.reply("Summarize the plot of Hamlet in one line"))
    print(smart.reply("Summarize the plot of Macbeth in one line"))
    print(f"cheap spent ${cheap.spent:.5f}, smart spent ${smart.spent:.5f}")
