import os
import sys

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

DEPLOYMENT_NAME = "chat"


def stream_answer(question):
    response = openai.ChatCompletion.create(
        engine=DEPLOYMENT_NAME,
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    collected = []
    for chunk in response:
        # Azure sends a first chunk with the prompt filter results and no choices
        if len(chunk["choices"]) == 0:
            continue
        delta = chunk["choices"][0]["delta"]
        if "content" in delta:
            sys.stdout.write(delta["content"])
            collected.append(delta["content"])
    sys.stdout.write("\n")
    return "".join(collected)


if __name__ == "__main__":
    text = stream_answer("Tell me a short fact about owls")
    print(len(text.split()), "words")
