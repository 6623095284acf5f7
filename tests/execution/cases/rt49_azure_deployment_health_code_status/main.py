"""Nightly check of the Azure OpenAI deployments a service depends on."""
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = "2023-05-15"

REQUIRED = ["chat", "gpt4", "summarizer-16k"]


def probe(deployment):
    try:
        response = openai.ChatCompletion.create(
            engine=deployment,
            messages=[{"role": "user", "content": "ping"}],
            max_tokens=1,
        )
    except openai.error.InvalidRequestError as e:
        return {"ok": False, "status": e.http_status, "code": e.code,
                "param": e.param}
    return {"ok": True, "status": 200, "code": None,
            "finish": response["choices"][0]["finish_reason"]}


missing = []
for name in REQUIRED:
    result = probe(name)
    print(name, result)
    if not result["ok"]:
        missing.append(name)
print("missing deployments:", missing or "none")
