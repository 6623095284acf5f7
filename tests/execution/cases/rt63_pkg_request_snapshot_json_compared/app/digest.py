import openai

ENGINE = "text-davinci-003"


def request_for(text):
    return {
        "engine": ENGINE,
        "prompt": f"TL;DR of the following:\n{text}\nTL;DR:",
        "max_tokens": 30,
        "temperature": 0,
    }


def digest(text):
    response = openai.Completion.create(**request_for(text))
    return response["choices"][0]["text"].strip()
