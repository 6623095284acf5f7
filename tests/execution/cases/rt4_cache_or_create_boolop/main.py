import openai

_CACHE = {}


def cached_chat(question):
    resp = _CACHE.get(question) or openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    _CACHE[question] = resp
    return resp["choices"][0]["message"]["content"]


def main():
    print(cached_chat("What is 2 + 2?"))
    print(cached_chat("What is 2 + 2?"))
    print(cached_chat("What is 3 + 3?"))
    print(len(_CACHE), sorted(r["usage"]["total_tokens"] for r in _CACHE.values()))


if __name__ == "__main__":
    main()
