import openai

CANDIDATES = ["gpt-4-does-not-exist", "gpt-3.5-turbo"]


def ask_with_fallback(question):
    for model in CANDIDATES:
        try:
            response = openai.ChatCompletion.create(
                model=model, messages=[{"role": "user", "content": question}]
            )
        except openai.error.InvalidRequestError as e:
            print(f"{model} unavailable: code={e.code} status={e.http_status}")
            continue
        return response["choices"][0]["message"]["content"]
    raise RuntimeError("no model worked")


if __name__ == "__main__":
    print(ask_with_fallback("Say hi"))
