import os

import openai

openai.api_type = "open_ai"
openai.api_version = None
openai.api_key = os.environ.get("OPENAI_API_KEY")


def classify(ticket):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Label the ticket as bug, question or feature."},
            {"role": "user", "content": ticket},
        ],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    print(classify("The export button crashes the app"))
