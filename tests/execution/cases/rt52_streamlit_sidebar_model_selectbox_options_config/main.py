import os

import openai

from pages.chat import chat, sidebar

openai.api_key = os.environ["OPENAI_API_KEY"]


class Sidebar:
    def __init__(self, picks):
        self.picks = picks

    def selectbox(self, label, options, index=0):
        return options[self.picks.pop(0) if self.picks else index]


class St:
    def __init__(self, picks):
        self.session_state = {}
        self.sidebar = Sidebar(picks)


st = St(picks=[0, 1])
for prompt in ["What's new?", "Tell me a joke", "Another one"]:
    sidebar(st)
    print(chat(st, prompt))
print(len(st.session_state["history"]), "messages")
