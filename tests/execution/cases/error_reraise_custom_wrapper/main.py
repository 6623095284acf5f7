import openai


class LLMError(Exception):
    pass


def ask(question, model=None):
    try:
        response = openai.ChatCompletion.create(
            model=model or "gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
        )
    except openai.error.InvalidRequestError as e:
        raise LLMError(f"invalid request ({e.code})") from e
    except openai.error.OpenAIError as e:
        raise LLMError("openai failed") from e
    return response.choices[0].message.content


if __name__ == "__main__":
    print(ask("What day is it?"))
    try:
        ask("What day is it?", model="gpt-3.5-turbo-9999")
    except LLMError as err:
        print("error:", err, "| wrapped:", isinstance(err.__cause__, openai.OpenAIError))
