import os

import openai


def configure(use_azure):
    if use_azure:
        openai.api_type = "azure"
        openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
        openai.api_version = "2023-05-15"
        openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
    else:
        openai.api_type = "open_ai"
        openai.api_base = os.environ["OPENAI_API_BASE"]
        openai.api_key = os.environ["OPENAI_API_KEY"]


def ask(question, deployment="chat", model="gpt-3.5-turbo"):
    messages = [{"role": "user", "content": question}]
    if openai.api_type == "azure":
        response = openai.ChatCompletion.create(engine=deployment, messages=messages)
    else:
        response = openai.ChatCompletion.create(model=model, messages=messages)
    return response["choices"][0]["message"]["content"]


def main():
    configure(use_azure=True)
    print("azure:", ask("Where is the nearest pharmacy?"))
    configure(use_azure=False)
    print("openai:", ask("Where is the nearest bakery?"))


if __name__ == "__main__":
    main()
