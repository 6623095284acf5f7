"""Shared call options kept in one module-level dict and spread into each call."""
import openai

OPTIONS = dict(model="gpt-3.5-turbo", temperature=0.3, max_tokens=64, n=1)


def ask(question, system="You are terse."):
    resp = openai.ChatCompletion.create(
        messages=[{"role": "system", "content": system}, {"role": "user", "content": question}],
        **OPTIONS,
    )
    return resp.choices[0].message.content


if __name__ == "__main__":
    print(ask("What colour is the sky?"))
    print(ask("And grass?", system="You are a poet."))
