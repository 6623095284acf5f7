import openai

# $ per 1K tokens (June 2023 pricing)
PRICE_PROMPT = 0.0015
PRICE_COMPLETION = 0.002

ARTICLES = [
    "The city council approved a new budget for public parks and libraries.",
    "Researchers found a new species of frog in the rainforest of Ecuador.",
    "The local team won the championship after a dramatic overtime goal.",
]


def summarize(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize in one sentence: {text}"}],
        max_tokens=50,
        temperature=0.3,
    )
    return response


prompt_tokens = completion_tokens = 0
for article in ARTICLES:
    r = summarize(article)
    usage = r["usage"]
    prompt_tokens += usage["prompt_tokens"]
    completion_tokens += usage["completion_tokens"]
    print("-", r["choices"][0]["message"]["content"])

cost = prompt_tokens / 1000 * PRICE_PROMPT + completion_tokens / 1000 * PRICE_COMPLETION
print(f"prompt tokens: {prompt_tokens}, completion tokens: {completion_tokens}")
print(f"estimated cost: ${cost:.5f}")
