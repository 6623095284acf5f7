import openai

MODEL = "gpt-3.5-turbo-0613"


def num_tokens_from_messages(messages, model="gpt-3.5-turbo-0613"):
    """Return the number of tokens used by a list of messages (words stand in for tokens)."""
    if model in {"gpt-3.5-turbo-0613", "gpt-4-0613"}:
        tokens_per_message = 3
    elif "gpt-3.5-turbo" in model:
        return num_tokens_from_messages(messages, model="gpt-3.5-turbo-0613")
    elif "gpt-4" in model:
        return num_tokens_from_messages(messages, model="gpt-4-0613")
    else:
        raise NotImplementedError(f"num_tokens_from_messages() is not implemented for model {model}.")
    return sum(tokens_per_message + len(m["content"].split()) for m in messages) + 3


def main():
    messages = [{"role": "user", "content": "Name three rivers"}]
    print("prompt tokens:", num_tokens_from_messages(messages, model="gpt-3.5-turbo"))
    print("default count:", num_tokens_from_messages(messages))
    response = openai.ChatCompletion.create(model=MODEL, messages=messages)
    print(response["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
