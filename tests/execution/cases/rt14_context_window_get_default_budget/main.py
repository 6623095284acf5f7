import openai

MODEL = "gpt-4"
CONTEXT_WINDOW = {
    "gpt-3.5-turbo": 4096,
    "gpt-3.5-turbo-16k": 16384,
    "gpt-4": 8192,
    "gpt-4-32k": 32768,
}
SAFETY_MARGIN = 200


def estimate_tokens(messages):
    return sum(len(m["content"]) // 4 + 4 for m in messages)


def reply_budget(messages, model=MODEL):
    window = CONTEXT_WINDOW.get(model, 4096)
    return window - estimate_tokens(messages) - SAFETY_MARGIN


def chat(messages):
    budget = min(reply_budget(messages), 1000)
    print("reply budget:", reply_budget(messages), "->", budget)
    response = openai.ChatCompletion.create(model=MODEL, messages=messages, max_tokens=budget)
    return response["choices"][0]["message"]["content"]


messages = [
    {"role": "system", "content": "You are a meticulous editor."},
    {"role": "user", "content": "Tighten this sentence: the meeting that we had was long."},
]
print(chat(messages))
