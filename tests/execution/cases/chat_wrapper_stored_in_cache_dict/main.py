import openai

CACHE = {}


def cached_chat(prompt):
    if prompt not in CACHE:
        CACHE[prompt] = openai.ChatCompletion.create(
            model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
        )
    return CACHE[prompt]["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(cached_chat("what is a cache"))
    print(cached_chat("what is a cache"))
    print(len(CACHE), CACHE["what is a cache"]["usage"]["total_tokens"])
