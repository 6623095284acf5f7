import openai


def first_sentence_with(word, question):
    text = ""
    stream = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    for chunk in stream:
        delta = chunk["choices"][0]["delta"]
        text += delta.get("content", "")
        if word in text:
            break
    return text


print(repr(first_sentence_with("blue", "is the ocean blue or green today")))
print(repr(first_sentence_with("zzz", "short one")))
