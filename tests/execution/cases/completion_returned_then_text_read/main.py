import openai


def complete(prompt, **overrides):
    params = {"model": "text-davinci-003", "prompt": prompt, "max_tokens": 40, "temperature": 0}
    params.update(overrides)
    return openai.Completion.create(**params)


def main():
    response = complete("Translate to French: cheese")
    print(response["choices"][0]["text"].strip())
    print(response.usage.completion_tokens)


if __name__ == "__main__":
    main()
