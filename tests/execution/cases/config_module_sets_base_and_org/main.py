import openai

import config


def rewrite(text):
    resp = openai.ChatCompletion.create(
        model=config.MODEL_NAME,
        messages=[
            {"role": "system", "content": "Rewrite the text in plain English."},
            {"role": "user", "content": text},
        ],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(rewrite("Pursuant to the aforementioned clause, remittance is due forthwith."))
