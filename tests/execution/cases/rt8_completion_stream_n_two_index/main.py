"""Sample two completions at once and stream both, sorted by choice index."""
import openai


def two_taglines(product):
    stream = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Write a tagline for {product}",
        max_tokens=40,
        n=2,
        stream=True,
    )
    texts = {}
    finish = {}
    for chunk in stream:
        for choice in chunk["choices"]:
            i = choice["index"]
            texts[i] = texts.get(i, "") + choice["text"]
            if choice["finish_reason"] is not None:
                finish[i] = choice["finish_reason"]
    return texts, finish


texts, finish = two_taglines("a solar kettle")
for i in sorted(texts):
    print(i, finish[i], texts[i].strip())
