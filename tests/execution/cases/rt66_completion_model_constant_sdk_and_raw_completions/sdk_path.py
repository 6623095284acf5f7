import openai

from settings import API_KEY, COMPLETION_MODEL

openai.api_key = API_KEY


def title_for(text):
    response = openai.Completion.create(
        model=COMPLETION_MODEL,
        prompt=f"Write a title for: {text}\nTitle:",
        max_tokens=16,
    )
    return response.choices[0].text.strip()
