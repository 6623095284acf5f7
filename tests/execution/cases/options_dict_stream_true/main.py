import openai

STREAM_OPTIONS = {"model": "gpt-3.5-turbo", "stream": True, "request_timeout": 60}


def ask(question):
    parts = []
    for chunk in openai.ChatCompletion.create(
        messages=[{"role": "user", "content": question}],
        **STREAM_OPTIONS,
    ):
        parts.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(parts)


if __name__ == "__main__":
    print(ask("Stream me a sentence"))
