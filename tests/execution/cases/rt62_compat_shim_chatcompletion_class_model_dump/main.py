from openai_compat import ChatCompletion


def translate(text, lang):
    resp = ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": f"Translate to {lang}."},
                  {"role": "user", "content": text}],
    )
    return resp["choices"][0]["message"]["content"], resp["usage"]["completion_tokens"]


if __name__ == "__main__":
    print(translate("Good morning", "German"))
    print(translate("See you tomorrow", "Spanish"))
