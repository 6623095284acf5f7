import re

import openai

EMAIL = re.compile(r"[\w.]+@[\w.]+")


def redact(response):
    for choice in response["choices"]:
        choice["message"]["content"] = EMAIL.sub("[email]", choice["message"]["content"])
    return response


def main():
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Contact me at jane.doe@example.com"}],
    )
    response = redact(response)
    print(response["choices"][0]["message"]["content"])
    print(response.choices[0].message.role)


if __name__ == "__main__":
    main()
