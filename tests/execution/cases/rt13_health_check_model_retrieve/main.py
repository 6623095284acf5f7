import json

import openai

CHAT_MODEL = "gpt-3.5-turbo"


def health():
    try:
        openai.Model.retrieve(CHAT_MODEL)
        return 200, {"status": "ok"}
    except openai.error.InvalidRequestError:
        return 503, {"status": "degraded"}


def chat(body):
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": body["text"]}],
    )
    return 200, {"reply": response.choices[0].message.content}


if __name__ == "__main__":
    print(*health())
    status, body = chat({"text": "ping"})
    print(status, json.dumps(body))
