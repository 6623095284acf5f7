import base64

import openai

MODEL = "gpt-4-vision-preview"
# USD per 1K tokens (input, output), Nov 2023 pricing page
PRICES = {
    "gpt-4-vision-preview": (0.01, 0.03),
    "gpt-4": (0.03, 0.06),
}


def estimate_cost(usage, model=MODEL):
    prompt_price, completion_price = PRICES[model]
    return (usage["prompt_tokens"] * prompt_price
            + usage["completion_tokens"] * completion_price) / 1000


with open("invoice.png", "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + b"INVOICE #42")
with open("invoice.png", "rb") as f:
    encoded = base64.b64encode(f.read()).decode()

resp = openai.ChatCompletion.create(
    model=MODEL,
    messages=[{"role": "user", "content": [
        {"type": "text", "text": "Extract the invoice number."},
        {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{encoded}",
                                            "detail": "low"}},
    ]}],
    max_tokens=100,
)
print(resp["choices"][0]["message"]["content"])
print(f"estimated cost: ${estimate_cost(resp['usage']):.5f}")
