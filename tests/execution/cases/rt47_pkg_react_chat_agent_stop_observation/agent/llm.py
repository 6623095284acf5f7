import openai

MODEL = "gpt-4"
STOP = ["Observation:"]


def think(messages, max_tokens=200):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=messages,
        temperature=0,
        max_tokens=max_tokens,
        stop=STOP,
    )
    return response["choices"][0]["message"]["content"]
