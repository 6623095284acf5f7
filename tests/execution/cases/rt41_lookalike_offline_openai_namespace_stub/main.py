"""Offline demo mode for a workshop: no network, no SDK, a canned `openai` namespace."""
import types


def _canned_create(model, messages, **kwargs):
    last = messages[-1]["content"]
    return {"choices": [{"message": {"role": "assistant", "content": f"(offline) you said: {last}"}}],
            "usage": {"total_tokens": len(last.split())}}


openai = types.SimpleNamespace(
    api_key="offline",
    ChatCompletion=types.SimpleNamespace(create=_canned_create),
)
client = object()


def chat(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.2,
    )
    return response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]


if __name__ == "__main__":
    print(chat("hello there"))
    print(chat("how are you today"))
