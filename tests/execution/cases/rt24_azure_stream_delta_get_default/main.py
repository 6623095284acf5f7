import os
import sys

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]


def stream_answer(question):
    text = ""
    for chunk in openai.ChatCompletion.create(
        deployment_id="chat",
        messages=[{"role": "user", "content": question}],
        stream=True,
    ):
        if not chunk["choices"]:
            continue
        piece = chunk["choices"][0]["delta"].get("content", "")
        text += piece
        sys.stdout.write(piece)
        sys.stdout.flush()
    print()
    return text


answer = stream_answer("Explain what a VNet is in one sentence")
print("chars:", len(answer))
