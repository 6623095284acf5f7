import openai

import config  # noqa: F401  (sets the key and organization)


def headers_summary():
    return f"organization={openai.organization} key_set={bool(openai.api_key)}"


def ask(q):
    r = openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": q}])
    return r["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(headers_summary())
    print(ask("Who pays for this request?"))
