import openai


def _complete(**kwargs):
    return openai.ChatCompletion.create(**kwargs)


def score(essay, model="gpt-3.5-turbo", temperature=0.2):
    reply = _complete(
        model=model,
        messages=[{"role": "user", "content": "Score this essay from 1 to 10: " + essay}],
        temperature=temperature,
    )
    return reply["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(score("Rivers shape valleys over millions of years.", model="gpt-4"))
