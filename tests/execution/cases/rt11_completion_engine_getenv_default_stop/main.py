import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
ENGINE = os.getenv("COMPLETION_ENGINE", "text-davinci-003")


def extract_keywords(text):
    prompt = f"Extract keywords from this text.\n\nText: {text}\n\nKeywords:"
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=prompt,
        max_tokens=60,
        temperature=0,
    )
    return response["choices"][0]["text"].strip()


print(extract_keywords("Black-on-black ware is a pottery tradition of Pueblo peoples"))
