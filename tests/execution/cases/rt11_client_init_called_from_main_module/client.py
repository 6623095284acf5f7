import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


def init(api_key, organization=None, base_url=None):
    openai.api_key = api_key
    if organization:
        openai.organization = organization
    if base_url:
        openai.api_base = base_url


def rewrite(text, tone="friendly", model=DEFAULT_MODEL):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[
            {"role": "system", "content": f"Rewrite the text in a {tone} tone."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content
