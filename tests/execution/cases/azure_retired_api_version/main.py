import os

import openai

openai.api_type = "azure"
openai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")
openai.api_version = "2023-07-01-preview"
openai.api_key = os.getenv("AZURE_OPENAI_API_KEY")

DEPLOYMENT = "gpt4"


def main():
    resp = openai.ChatCompletion.create(
        deployment_id=DEPLOYMENT,
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Define entropy"}],
    )
    print(resp.choices[0].message.content)


if __name__ == "__main__":
    main()
