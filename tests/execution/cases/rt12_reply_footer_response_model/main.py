"""Every bot reply ends with a footer naming the model and the tokens used."""
import openai


def reply(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    body = resp["choices"][0]["message"]["content"]
    footer = f"_{resp['model']} · {resp['usage']['total_tokens']} tokens_"
    return f"{body}\n{footer}"


if __name__ == "__main__":
    for text in ["hi", "what's new"]:
        print(reply(text))
