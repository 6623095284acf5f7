import os

import openai

ENGINE = "text-davinci-003"


def setup():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    openai.api_base = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")


def write_email(points):
    prompt = "Write a polite email covering these points:\n" + "\n".join(f"- {p}" for p in points)
    response = openai.Completion.create(engine=ENGINE, prompt=prompt, max_tokens=200)
    return response.choices[0].text.strip()


def main():
    setup()
    print(write_email(["meeting moved to Friday", "bring the slides"]))


if __name__ == "__main__":
    main()
