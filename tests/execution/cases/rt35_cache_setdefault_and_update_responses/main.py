import openai

cache = {}


def classify(text):
    if text not in cache:
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[
                {"role": "system", "content": "Label the sentiment as positive or negative."},
                {"role": "user", "content": text},
            ],
            max_tokens=20,
        )
        cache.setdefault(text, resp)
    return cache[text]["choices"][0]["message"]["content"]


def describe(text):
    resp = openai.Completion.create(model="text-davinci-003", prompt="Describe: " + text, max_tokens=20)
    cache.update({"describe:" + text: resp})
    return resp["choices"][0]["text"]


for t in ["I love this", "I hate waiting", "I love this"]:
    print(classify(t))
print(describe("a rainy day"))
print("cached:", len(cache), "total tokens:", sum(r["usage"]["total_tokens"] for r in cache.values()))
