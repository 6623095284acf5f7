import backoff
import openai


@backoff.on_exception(backoff.expo, openai.error.RateLimitError, max_tries=5)
def completions_with_backoff(**kwargs):
    return openai.ChatCompletion.create(**kwargs)


def main():
    response = completions_with_backoff(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Once upon a time,"}],
    )
    print(response["choices"][0]["message"]["content"])
    print(response["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
