import base64

import openai

MODEL = "gpt-4-vision-preview"


def image_to_data_url(path, mime="image/png"):
    with open(path, "rb") as f:
        return f"data:{mime};base64,{base64.b64encode(f.read()).decode()}"


def ask(path, question, max_tokens=250):
    content = [{"type": "text", "text": question}]
    content.append({"type": "image_url", "image_url": {"url": image_to_data_url(path)}})
    return openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "system", "content": "You are a helpful photo assistant."},
                  {"role": "user", "content": content}],
        max_tokens=max_tokens,
    )
