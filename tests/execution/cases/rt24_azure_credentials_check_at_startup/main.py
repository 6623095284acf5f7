import os
import sys

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_version = "2023-05-15"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
DEPLOYMENT = os.environ.get("AZURE_CHAT_DEPLOYMENT", "chat")


def check_connection():
    try:
        openai.ChatCompletion.create(
            engine=DEPLOYMENT, messages=[{"role": "user", "content": "hi"}], max_tokens=1
        )
    except openai.error.AuthenticationError:
        sys.exit("Azure OpenAI key rejected: check AZURE_OPENAI_API_KEY")
    except openai.error.InvalidRequestError:
        sys.exit(f"Deployment {DEPLOYMENT!r} not found on this resource")
    except openai.error.APIConnectionError:
        sys.exit("Cannot reach the Azure OpenAI endpoint")
    print("connection ok")


def main():
    check_connection()
    reply = openai.ChatCompletion.create(
        engine=DEPLOYMENT, messages=[{"role": "user", "content": "Say hello to the team"}]
    )
    print(reply.choices[0].message.content)


if __name__ == "__main__":
    main()
