def show(resp):
    choice = resp.choices[0]
    return f"{choice.text.strip()} [{choice.finish_reason}, {resp.usage.total_tokens} tok]"
