import os

# The project's .env, loaded as python-dotenv's load_dotenv(override=True) loads it (${VAR}
# expanded), before openai reads its settings from the environment at import.
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".env")) as env:
    for line in env:
        key, sep, value = line.strip().partition("=")
        if sep and not key.startswith("#"):
            os.environ[key] = os.path.expandvars(value)

import openai  # noqa: E402


def ask(question):
    # "chat" is the Azure deployment: the code itself names no api_type
    response = openai.ChatCompletion.create(
        engine="chat",
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def main():
    print(ask("Who founded Microsoft?"))


if __name__ == "__main__":
    main()
