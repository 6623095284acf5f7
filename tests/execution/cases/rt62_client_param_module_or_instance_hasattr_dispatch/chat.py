MODEL = "gpt-3.5-turbo"


def chat(client, prompt):
    """`client` is the openai module (0.x) or an openai.OpenAI() instance (1.x)."""
    messages = [{"role": "user", "content": prompt}]
    if hasattr(client, "ChatCompletion"):
        resp = client.ChatCompletion.create(model=MODEL, messages=messages)
        return resp["choices"][0]["message"]["content"]
    resp = client.chat.completions.create(model=MODEL, messages=messages)
    return resp.choices[0].message.content
