import openai

MODEL = "gpt-3.5-turbo"
_aclient = openai.AsyncOpenAI() if hasattr(openai, "AsyncOpenAI") else None


async def achat(prompt, temperature=0):
    messages = [{"role": "user", "content": prompt}]
    if _aclient is not None:
        resp = await _aclient.chat.completions.create(model=MODEL, messages=messages,
                                                      temperature=temperature)
        return resp.choices[0].message.content
    resp = await openai.ChatCompletion.acreate(model=MODEL, messages=messages,
                                               temperature=temperature)
    return resp["choices"][0]["message"]["content"]
