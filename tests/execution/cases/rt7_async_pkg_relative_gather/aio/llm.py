import openai

from .config import MODEL, TEMPERATURE


async def ask(question):
    resp = await openai.ChatCompletion.acreate(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
        temperature=TEMPERATURE,
    )
    return resp["choices"][0]["message"]["content"]
