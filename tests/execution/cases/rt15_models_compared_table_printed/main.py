"""Compare a few OpenAI models on the same prompts and print a table."""
import openai

MODELS = ["gpt-3.5-turbo", "gpt-4"]
PROMPTS = ["Translate 'good morning' to Spanish.", "What is 12 * 12?"]

rows = []
for model in MODELS:
    for prompt in PROMPTS:
        resp = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=20,
        )
        rows.append((model, prompt, resp["choices"][0]["message"]["content"],
                     resp["usage"]["total_tokens"]))

print(f"{'model':15s} {'tokens':>6s}  answer")
for model, prompt, answer, tokens in rows:
    print(f"{model:15s} {tokens:6d}  {answer}")
