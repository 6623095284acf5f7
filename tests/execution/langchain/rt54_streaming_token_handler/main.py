from langchain.chat_models import ChatOpenAI
from langchain_core.callbacks import BaseCallbackHandler


class TokenPrinter(BaseCallbackHandler):
    def __init__(self):
        self.tokens = []

    def on_llm_new_token(self, token, **kwargs):
        self.tokens.append(token)
        print(token, end="", flush=True)


printer = TokenPrinter()
chat = ChatOpenAI(streaming=True, callbacks=[printer])

if __name__ == "__main__":
    text = chat.predict("Tell me a short story about a lighthouse keeper")
    print()
    print(text == "".join(printer.tokens))
