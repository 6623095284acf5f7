import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

DEFAULT_DEPLOYMENT = "chat"


def run(deployment, prompt):
    try:
        resp = openai.ChatCompletion.create(
            engine=deployment, messages=[{"role": "user", "content": prompt}]
        )
        return resp["choices"][0]["message"]["content"]
    except openai.error.InvalidRequestError as e:
        if e.code == "DeploymentNotFound":
            print(f"[{e.http_status}] no deployment named {deployment!r}; ask your admin")
            return None
        raise


for name in ["gpt-35-turbo-0613", DEFAULT_DEPLOYMENT]:
    result = run(name, "Spell 'azure' backwards")
    if result is not None:
        print(result)
