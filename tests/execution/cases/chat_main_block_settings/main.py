import os

import openai


def summarize(text):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Summarize."}, {"role": "user", "content": text}],
    )
    return completion.choices[0].message.content


if __name__ == "__main__":
    openai.api_key = os.environ["OPENAI_API_KEY"]
    openai.api_base = os.environ["OPENAI_API_BASE"] if "OPENAI_API_BASE" in os.environ else os.environ["OPENAI_BASE_URL"]
    print(summarize("A long story about a fox and a crow.") != "")
