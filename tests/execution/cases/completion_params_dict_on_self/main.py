import openai


class GPT3:
    def __init__(self, engine="text-davinci-003", temperature=0.5, max_tokens=50):
        self.params = {
            "engine": engine,
            "temperature": temperature,
            "max_tokens": max_tokens,
            "top_p": 1,
            "frequency_penalty": 0,
            "presence_penalty": 0,
            "stop": ["\n\n"],
        }

    def __call__(self, prompt):
        response = openai.Completion.create(prompt=prompt, **self.params)
        return response.choices[0].text.strip()


if __name__ == "__main__":
    gpt = GPT3()
    print(gpt("Q: What is the boiling point of water?\nA:"))
    print(gpt("Q: What colour is chlorophyll?\nA:"))
