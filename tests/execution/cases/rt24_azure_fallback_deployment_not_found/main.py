import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

# preferred first; not every region has the 16k deployment
DEPLOYMENTS = ["gpt-35-turbo-16k", "chat"]


def ask(question):
    for deployment in DEPLOYMENTS:
        try:
            response = openai.ChatCompletion.create(
                engine=deployment,
                messages=[{"role": "user", "content": question}],
            )
        except openai.error.InvalidRequestError:
            print(f"deployment {deployment} unavailable, trying next")
            continue
        return deployment, response["choices"][0]["message"]["content"]
    raise RuntimeError("no deployment answered")


used, text = ask("What is the boiling point of water at sea level?")
print(used, "->", text)
