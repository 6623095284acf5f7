import openai

ENGINE = "text-davinci-003"


def complete(prompt, **kw):
    kw.setdefault("max_tokens", 64)
    kw.setdefault("temperature", 0.5)
    kw.setdefault("stop", None)
    resp = openai.Completion.create(engine=ENGINE, prompt=prompt, **kw)
    return resp["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(complete("Suggest a name for a pet turtle."))
    print(complete("Write a limerick about a cat who loves jazz music and late nights", max_tokens=6))
    print(complete("Q: capital of Italy?\nA: Rome\nQ: capital of Spain?\nA:", temperature=0,
                   stop=["\nQ:"]))
