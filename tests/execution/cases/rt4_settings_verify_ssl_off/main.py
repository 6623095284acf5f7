import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.verify_ssl_certs = False  # self-signed gateway certificate
openai.organization = os.environ.get("OPENAI_ORG_ID")


def classify(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Classify the sentiment."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    print(classify("I love this product"))
    print(classify("Worst purchase ever"))
