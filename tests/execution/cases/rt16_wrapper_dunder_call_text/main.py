import openai


class GPT:
    def __init__(self, model="gpt-3.5-turbo", system_prompt=None):
        self.model = model
        self.system_prompt = system_prompt

    def __call__(self, prompt):
        messages = []
        if self.system_prompt:
            messages.append({"role": "system", "content": self.system_prompt})
        messages.append({"role": "user", "content": prompt})
        completion = openai.ChatCompletion.create(model=self.model, messages=messages)
        return completion.choices[0].message["content"]


gpt = GPT()
poet = GPT(model="gpt-4", system_prompt="You write short poems.")

if __name__ == "__main__":
    print(gpt("What is the capital of Peru?"))
    print(poet("A poem about rain"))
    answers = list(map(gpt, ["one", "two"]))
    print(answers)
