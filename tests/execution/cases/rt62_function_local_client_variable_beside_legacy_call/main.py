import openai


class KV:
    store = {}

    def get(self, key):
        return self.store.get(key)

    def set(self, key, value):
        self.store[key] = value


def connect():
    return KV()


def cached_answer(question):
    client = connect()
    hit = client.get(question)
    if hit is not None:
        return hit + " (cached)"
    resp = openai.ChatCompletion.create(
        model="gpt-4-0613",
        messages=[{"role": "user", "content": question}],
    )
    answer = resp["choices"][0]["message"]["content"]
    client.set(question, answer)
    return answer


def explain(term, openai_client=None):
    resp = openai.Completion.create(model="text-davinci-003", prompt=f"Explain {term}:",
                                    max_tokens=20)
    return resp["choices"][0]["text"].strip(), openai_client


if __name__ == "__main__":
    print(cached_answer("Why is the sky blue?"))
    print(cached_answer("Why is the sky blue?"))
    print(explain("recursion"))
