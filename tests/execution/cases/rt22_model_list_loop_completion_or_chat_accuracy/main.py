"""Compare a completion model and a chat model on the same tiny QA set."""
import openai

DATA = [
    ("What is the capital of France?", "paris"),
    ("How many legs does a spider have?", "eight"),
    ("What color is the sky on a clear day?", "blue"),
]
CHAT_MODELS = {"gpt-3.5-turbo", "gpt-4"}


def ask(model, question):
    if model in CHAT_MODELS:
        resp = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": question}],
            temperature=0,
            max_tokens=50,
        )
        return resp["choices"][0]["message"]["content"]
    resp = openai.Completion.create(
        model=model,
        prompt=f"Q: {question}\nA:",
        temperature=0,
        max_tokens=50,
    )
    return resp["choices"][0]["text"]


results = {}
for model in ["text-davinci-003", "gpt-3.5-turbo"]:
    correct = sum(gold in ask(model, q).lower() for q, gold in DATA)
    results[model] = correct / len(DATA)

print(f"{'model':<20}{'accuracy':>10}")
for model, acc in results.items():
    print(f"{model:<20}{acc:>10.2f}")
