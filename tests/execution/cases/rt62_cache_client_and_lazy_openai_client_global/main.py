import openai


class TTLCache:
    """Stand-in for the redis client we use in production."""

    def __init__(self):
        self._data = {}
        self.hits = 0

    def get(self, key):
        if key in self._data:
            self.hits += 1
        return self._data.get(key)

    def set(self, key, value):
        self._data[key] = value


client = TTLCache()
openai_client = None  # created lazily once the deployment runs openai>=1


def get_openai_client():
    global openai_client
    if openai_client is None and hasattr(openai, "OpenAI"):
        openai_client = openai.OpenAI()
    return openai_client


def answer(question):
    cached = client.get(question)
    if cached is not None:
        return cached
    messages = [{"role": "user", "content": question}]
    oc = get_openai_client()
    if oc is not None:
        response = oc.chat.completions.create(model="gpt-3.5-turbo", messages=messages)
        text = response.choices[0].message.content
    else:
        response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
        text = response["choices"][0]["message"]["content"]
    client.set(question, text)
    return text


if __name__ == "__main__":
    for q in ["What is a haiku?", "What is a sonnet?", "What is a haiku?"]:
        print(answer(q))
    print("cache hits:", client.hits)
