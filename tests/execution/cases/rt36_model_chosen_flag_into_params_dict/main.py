import openai

FAST_MODEL = "gpt-3.5-turbo"
BEST_MODEL = "gpt-4"


def review_code(code, thorough=False):
    params = {
        "model": BEST_MODEL if thorough else FAST_MODEL,
        "messages": [
            {"role": "system", "content": "You are a strict code reviewer."},
            {"role": "user", "content": code},
        ],
    }
    if not thorough:
        params["max_tokens"] = 8
    response = openai.ChatCompletion.create(**params)
    choice = response.choices[0]
    return choice.message.content, choice.finish_reason


snippet = "def add(a, b):\n    return a - b  # adds two numbers together"
for thorough in (False, True):
    text, finish = review_code(snippet, thorough=thorough)
    print(thorough, finish)
    print(text)
