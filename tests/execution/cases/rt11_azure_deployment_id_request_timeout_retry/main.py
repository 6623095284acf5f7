import os
import time

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]

CHAT_DEPLOYMENT_ID = os.environ.get("CHAT_DEPLOYMENT_ID", "chat")


def ask(question, timeout=10, retries=2):
    for attempt in range(retries + 1):
        try:
            response = openai.ChatCompletion.create(
                deployment_id=CHAT_DEPLOYMENT_ID,
                messages=[{"role": "user", "content": question}],
                request_timeout=timeout,
            )
            return response["choices"][0]["message"]["content"]
        except openai.error.Timeout:
            print(f"attempt {attempt + 1} timed out after {timeout}s")
            timeout *= 4
            time.sleep(0.1)
    return None


print(ask("Quick one: 2+2?"))
print(ask("[slow] A long essay please", timeout=0.5))
