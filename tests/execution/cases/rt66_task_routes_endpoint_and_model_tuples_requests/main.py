import os

import requests

BASE = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")

# task -> (endpoint, model); the completion models were cheaper for one-shot tasks
ROUTES = {
    "headline": ("completions", "text-davinci-003"),
    "answer": ("chat/completions", "gpt-3.5-turbo-0301"),
}


def run(task, text):
    endpoint, model = ROUTES[task]
    body = {"model": model, "max_tokens": 20}
    if endpoint == "completions":
        body["prompt"] = text
    else:
        body["messages"] = [{"role": "user", "content": text}]
    r = requests.post(f"{BASE}/{endpoint}", json=body,
                      headers={"Authorization": f"Bearer {os.environ['OPENAI_API_KEY']}"})
    r.raise_for_status()
    choice = r.json()["choices"][0]
    return choice["text"] if endpoint == "completions" else choice["message"]["content"]


print(run("answer", "When does the harvest festival start?"))
print(run("headline", "Write a headline about the harvest festival:").strip())
