"""Zero-shot QA baseline: works with both completion and chat models."""
import argparse
import json

import openai

QUESTIONS = [
    {"q": "What is the capital of Italy?", "a": "Rome"},
    {"q": "How many legs does a spider have?", "a": "8"},
    {"q": "Who wrote Hamlet?", "a": "Shakespeare"},
]


def query(prompt, model, max_tokens=32):
    if model.startswith("gpt-"):
        resp = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            temperature=0,
            max_tokens=max_tokens,
        )
        return resp["choices"][0]["message"]["content"].strip()
    resp = openai.Completion.create(
        model=model,
        prompt=prompt,
        temperature=0,
        max_tokens=max_tokens,
    )
    return resp["choices"][0]["text"].strip()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="text-davinci-003")
    parser.add_argument("--max-tokens", type=int, default=32)
    args = parser.parse_args()

    correct = 0
    for item in QUESTIONS:
        prompt = f"Answer briefly.\nQ: {item['q']} {item['a']}\nA:"
        pred = query(prompt, args.model, args.max_tokens)
        ok = item["a"].lower() in pred.lower()
        correct += ok
        print(json.dumps({"q": item["q"], "pred": pred, "ok": ok}))
    print(f"accuracy = {correct}/{len(QUESTIONS)}")


if __name__ == "__main__":
    main()
