"""streamlit_app.py, run outside Streamlit: `st` is replaced by a tiny stand-in so the chat loop
can be replayed from a script (st.session_state is a dict, st.write prints)."""
import os
import sys

import openai


class _St:
    def __init__(self):
        self.session_state = {}

    def write(self, *parts):
        print(*parts)

    def markdown(self, text, end="\n"):
        sys.stdout.write(text + end)
        sys.stdout.flush()


st = _St()

openai.api_key = os.environ.get("OPENAI_API_KEY", "")
if "openai_model" not in st.session_state:
    st.session_state["openai_model"] = "gpt-3.5-turbo"
if "messages" not in st.session_state:
    st.session_state["messages"] = []


def on_prompt(prompt):
    st.session_state["messages"].append({"role": "user", "content": prompt})
    st.write("user:", prompt)
    full_response = ""
    pieces = 0
    sys.stdout.write("assistant: ")
    for response in openai.ChatCompletion.create(
        model=st.session_state["openai_model"],
        messages=[{"role": m["role"], "content": m["content"]} for m in st.session_state["messages"]],
        stream=True,
    ):
        content = response.choices[0].delta.get("content", "")
        full_response += content
        if content:
            pieces += 1
            st.markdown(content + "|", end="")
    sys.stdout.write("\n")
    st.session_state["messages"].append({"role": "assistant", "content": full_response})
    st.write(f"({pieces} chunks, {len(full_response)} chars)")


for prompt in ["Hi there", "Explain recursion in one sentence", "Thanks!"]:
    on_prompt(prompt)

print(len(st.session_state["messages"]), [m["role"] for m in st.session_state["messages"]][-2:])
