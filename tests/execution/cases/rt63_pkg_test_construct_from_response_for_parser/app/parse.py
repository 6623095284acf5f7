def reply_text(response):
    return response.choices[0].message.content.strip()


def cost_cents(response, cents_per_1k=0.2):
    return round(response.usage.total_tokens * cents_per_1k / 1000, 4)
