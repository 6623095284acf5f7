"""A response cache that marks the responses it hands back a second time."""
import openai

_cache = {}


def cached_completion(prompt):
    if prompt in _cache:
        hit = _cache[prompt]
        hit["cached"] = True
        return hit
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
    )
    response["cached"] = False
    _cache[prompt] = response
    return response


if __name__ == "__main__":
    for prompt in ["Hello there", "Hello there"]:
        r = cached_completion(prompt)
        print(r["choices"][0]["message"]["content"], r["cached"], r.get("cached"))
