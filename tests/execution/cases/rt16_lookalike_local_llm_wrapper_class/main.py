import llm_backends as openai


class LLM:
    def __init__(self, model="gpt-3.5-turbo", engine="text-davinci-003"):
        self.model = model
        self.engine = engine

    def chat(self, text):
        r = openai.ChatCompletion.create(model=self.model, messages=[{"role": "user", "content": text}])
        return r["choices"][0]["message"]["content"], r["model"]

    def complete(self, text):
        r = openai.Completion.create(engine=self.engine, prompt=text, max_tokens=3)
        return r["choices"][0]["text"], r["engine"]


if __name__ == "__main__":
    llm = LLM()
    print(llm.chat("offline mode"))
    print(llm.complete("one two three four"))
