"""Fall back to the primary endpoint when the local caching proxy is down."""
import openai

PROXY = "http://127.0.0.1:9/v1"  # the discard port: nothing listens there


def ask(question, via_proxy):
    try:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            request_timeout=5,
            api_base=PROXY if via_proxy else openai.api_base,
        )
    except openai.error.APIConnectionError:
        return None
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    answer = ask("Is the proxy up?", via_proxy=True)
    print("proxy:", answer)
    if answer is None:
        print("direct:", ask("Is the proxy up?", via_proxy=False))
