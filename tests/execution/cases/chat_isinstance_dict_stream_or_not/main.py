import openai


def call(prompt, stream=False):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=stream,
    )


def collect(response):
    """Works for both a full response and a stream of chunks."""
    if isinstance(response, dict):
        return response["choices"][0]["message"]["content"]
    parts = []
    for chunk in response:
        parts.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(parts)


if __name__ == "__main__":
    print(collect(call("Tell me about Mars")))
    print(collect(call("Tell me about Venus", stream=True)))
