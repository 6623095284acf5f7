import openai

if hasattr(openai, "OpenAI"):
    client = openai.OpenAI()
else:
    client = None

DRAFT_MODEL = "gpt-3.5-turbo"


def draft(topic):
    messages = [{"role": "user", "content": f"Draft a paragraph about {topic}"}]
    if client is not None:
        out = client.chat.completions.create(model=DRAFT_MODEL, messages=messages)
        return out.choices[0].message.content
    out = openai.ChatCompletion.create(model=DRAFT_MODEL, messages=messages)
    return out.choices[0].message.content


def polish(text):
    out = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "system", "content": "Fix grammar."},
                  {"role": "user", "content": text}],
        temperature=0,
    )
    return out.choices[0].message.content


def headline(text):
    out = openai.ChatCompletion.create(
        model=DRAFT_MODEL,
        messages=[{"role": "user", "content": "Headline for: " + text}],
        max_tokens=12,
    )
    return out["choices"][0]["message"]["content"], out["choices"][0]["finish_reason"]
