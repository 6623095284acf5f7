import openai


def chat(messages):
    return openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)


def main():
    batches = [
        [{"role": "user", "content": "first question"}],
        [],  # an empty conversation slipped in from the queue
        [{"role": "user", "content": "third question"}],
    ]
    ok = failed = 0
    for i, messages in enumerate(batches):
        try:
            resp = chat(messages)
        except openai.error.InvalidRequestError as e:
            failed += 1
            print(f"#{i}: rejected (status {e.http_status})")
            continue
        except openai.error.OpenAIError as e:
            print(f"#{i}: other error")
            raise
        ok += 1
        print(f"#{i}: {resp['choices'][0]['message']['content']}")
    print(f"{ok} ok, {failed} failed")


if __name__ == "__main__":
    main()
