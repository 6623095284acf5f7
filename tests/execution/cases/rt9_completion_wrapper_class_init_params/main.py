import openai


class GPT3:
    def __init__(self, engine="text-davinci-003", temperature=0.5, max_tokens=100,
                 top_p=1, frequency_penalty=0, presence_penalty=0):
        self.engine = engine
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.top_p = top_p
        self.frequency_penalty = frequency_penalty
        self.presence_penalty = presence_penalty

    def get_top_reply(self, prompt):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
            top_p=self.top_p,
            frequency_penalty=self.frequency_penalty,
            presence_penalty=self.presence_penalty,
        )
        return response.choices[0].text.strip()


if __name__ == "__main__":
    gpt = GPT3()
    print(gpt.get_top_reply("Q: What is the tallest mountain?\nA:"))
    terse = GPT3(max_tokens=4, temperature=0)
    print(terse.get_top_reply("Write a story about a dragon who loves tea"))
