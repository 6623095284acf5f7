import openai

attempts = 0


def ask(messages):
    global attempts
    try:
        attempts += 1
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages, max_tokens=30)
    except openai.error.InvalidRequestError as err:
        print("rejected with status", err.http_status)
        return None
    except (openai.error.RateLimitError, openai.error.APIConnectionError):
        print("transient failure, giving up")
        return None
    else:
        if (text := resp.choices[0].message.content.strip()):
            return text
        return "<empty>"
    finally:
        print(f"attempt {attempts} done")


if __name__ == "__main__":
    for conversation in ([], [{"role": "user", "content": "Say hello to Ada"}]):
        if (answer := ask(conversation)) is not None:
            print("answer:", answer)
