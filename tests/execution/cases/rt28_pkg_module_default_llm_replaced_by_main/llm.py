import openai


class ChatLLM:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=256):
        self.model = model
        self.max_tokens = max_tokens

    def ask(self, question):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            max_tokens=self.max_tokens,
        )
        return resp["choices"][0]["message"]["content"]


default_llm = ChatLLM()


def set_default(llm):
    global default_llm
    default_llm = llm


def ask(question):
    return default_llm.ask(question)
