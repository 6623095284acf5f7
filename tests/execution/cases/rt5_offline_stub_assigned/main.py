"""Demo mode: without network access the API call is replaced by a stub."""
import openai

OFFLINE = True


def _fake_create(**kwargs):
    question = kwargs["messages"][-1]["content"]
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": f"(offline) {question}"}}]}


if OFFLINE:
    openai.ChatCompletion.create = _fake_create


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}]
    )
    return response["choices"][0]["message"]["content"]


print(ask("What is the capital of France?"))
