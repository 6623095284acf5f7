"""'Bring your own key' page: the sidebar asks for an API key, the app checks it before use
(Streamlit widgets replaced by plain values for this replay)."""
import os

import openai

session_state = {"key_ok": False, "api_key": None}


def validate_key(candidate):
    try:
        openai.Model.list(api_key=candidate)
    except openai.error.AuthenticationError:
        return False
    return True


def sidebar(user_input):
    key = user_input.strip() or os.environ.get("OPENAI_API_KEY", "")
    if validate_key(key):
        session_state.update(key_ok=True, api_key=key)
        return "Key accepted"
    session_state.update(key_ok=False, api_key=None)
    return "Invalid API key, please check it on platform.openai.com"


def ask(question):
    if not session_state["key_ok"]:
        return "(enter a valid key first)"
    resp = openai.ChatCompletion.create(
        api_key=session_state["api_key"],
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return resp["choices"][0]["message"]["content"]


print(sidebar("sk-not-a-real-key-123"))
print(ask("What is a vector database?"))
print(sidebar(""))
print(ask("What is a vector database?"))
