import openai

SETTINGS = {
    "joke": {"model": "gpt-3.5-turbo", "max_tokens": 30},
    "summary": {"model": "gpt-3.5-turbo", "max_tokens": 8},
}


def run(task, text):
    r = openai.ChatCompletion.create(
        model=SETTINGS[task]["model"],
        messages=[{"role": "user", "content": text}],
        max_tokens=SETTINGS[task]["max_tokens"],
    )
    return r["choices"][0]["message"]["content"].strip()


print(run("joke", "Tell me a joke about compilers."))
print(run("summary", "Summarize: the meeting was moved from Monday to Thursday because of the holidays"))
