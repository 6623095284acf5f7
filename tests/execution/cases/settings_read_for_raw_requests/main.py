"""List models with a plain HTTP call (reusing the SDK's settings), then chat through the SDK."""
import requests

import openai


def list_model_ids(prefix):
    r = requests.get(
        f"{openai.api_base}/models",
        headers={"Authorization": f"Bearer {openai.api_key}"},
        timeout=10,
    )
    r.raise_for_status()
    return sorted(m["id"] for m in r.json()["data"] if m["id"].startswith(prefix))


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(list_model_ids("whisper"))
    print(ask("Which model answers?"))
