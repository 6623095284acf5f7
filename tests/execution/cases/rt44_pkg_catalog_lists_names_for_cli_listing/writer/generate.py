import openai

from writer import settings


def outline(topic, model=settings.DEFAULT_MODEL):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Outline a blog post about {topic}"}],
        max_tokens=settings.MAX_TOKENS,
    )
    return response.choices[0].message.content
