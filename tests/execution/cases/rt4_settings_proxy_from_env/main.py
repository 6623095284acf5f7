import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
# corporate network: route through the proxy when one is configured
proxy = os.getenv("CORP_HTTPS_PROXY")
if proxy:
    openai.proxy = {"http": proxy, "https": proxy}


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print("proxy:", bool(proxy))
    print(ask("Ping?"))
