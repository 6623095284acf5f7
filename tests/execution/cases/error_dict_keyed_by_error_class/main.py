import openai

RETRIES = {openai.error.RateLimitError: 5, openai.error.InvalidRequestError: 0}


def ask(model):
    for attempt in range(3):
        try:
            r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": "hi"}])
            return r["choices"][0]["message"]["content"]
        except openai.error.OpenAIError as exc:
            if RETRIES.get(type(exc), 1) <= attempt:
                return "giving up after %d" % (attempt + 1)
    return "exhausted"


if __name__ == "__main__":
    print(ask("my-old-finetune"))
