import openai

import settings


def _client():
    if not hasattr(openai, "OpenAI"):
        return None
    return openai.OpenAI(api_key=settings.API_KEY, base_url=settings.API_BASE,
                         organization=settings.ORG)


def weekly_report(lines):
    messages = [{"role": "system", "content": "Turn notes into a report."},
                {"role": "user", "content": "\n".join(lines)}]
    client = _client()
    if client is None:
        resp = openai.ChatCompletion.create(model=settings.CHAT_MODEL, messages=messages)
        return resp["choices"][0]["message"]["content"]
    resp = client.chat.completions.create(model=settings.CHAT_MODEL, messages=messages)
    return resp.choices[0].message.content
