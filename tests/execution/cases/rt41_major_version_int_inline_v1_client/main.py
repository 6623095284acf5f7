import openai

OPENAI_MAJOR = int(openai.__version__.split(".")[0])
MODEL = "gpt-3.5-turbo"


def reply(history):
    if OPENAI_MAJOR >= 1:
        out = openai.OpenAI().chat.completions.create(model=MODEL, messages=history, max_tokens=60)
        return out.choices[0].message.content, out.usage.total_tokens
    out = openai.ChatCompletion.create(model=MODEL, messages=history, max_tokens=60)
    return out["choices"][0]["message"]["content"], out["usage"]["total_tokens"]


if __name__ == "__main__":
    history = [{"role": "system", "content": "You are a terse travel agent."}]
    for turn in ("I want to visit Japan.", "In spring, for ten days."):
        history.append({"role": "user", "content": turn})
        text, tokens = reply(history)
        history.append({"role": "assistant", "content": text})
        print(text, tokens)
