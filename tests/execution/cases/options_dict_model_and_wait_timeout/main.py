import openai

CHAT_OPTIONS = {
    "model": "gpt-3.5-turbo",
    "timeout": 1,  # seconds to wait if the engine is still loading
}


def reply(text):
    resp = openai.ChatCompletion.create(messages=[{"role": "user", "content": text}], **CHAT_OPTIONS)
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(reply("[slow] Where is my parcel?"))
    print(reply("Thanks"))
