import openai

MAX_CONTEXT_TOKENS = 120
REPLY_TOKENS = 30


def count_tokens(text):
    return len(text) / 4


def trim(history):
    """Drop the oldest turns (never the system prompt) until the history fits."""
    while len(history) > 2 and sum(count_tokens(m["content"]) for m in history) > \
            MAX_CONTEXT_TOKENS - REPLY_TOKENS:
        history.pop(1)
    return history


history = [{"role": "system", "content": "You are a friendly tutor for Python beginners."}]
questions = [
    "What is a list comprehension and when should I use one instead of a loop?",
    "Can you show me an example with a condition?",
    "How is that different from a generator expression?",
]
for q in questions:
    history.append({"role": "user", "content": q})
    trim(history)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=history,
        max_tokens=REPLY_TOKENS,
        temperature=0.7,
    )
    answer = response["choices"][0]["message"]["content"]
    history.append({"role": "assistant", "content": answer})
    print(f"turns={len(history)} finish={response['choices'][0]['finish_reason']} "
          f"prompt_tokens={response['usage']['prompt_tokens']}")
    print("  ", answer[:70])
