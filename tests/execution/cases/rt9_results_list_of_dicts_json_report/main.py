import json

import openai

PROMPTS = {
    "welcome": "Write a one-line welcome email for new users",
    "reminder": "Write a one-line reminder about an unpaid invoice for a long overdue account",
}


def draft(prompt, max_tokens=8):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
    )
    choice = resp.choices[0]
    return {
        "text": choice.message.content,
        "finish": choice.finish_reason,
        "tokens": resp.usage.total_tokens,
    }


if __name__ == "__main__":
    results = []
    for name, prompt in PROMPTS.items():
        result = draft(prompt)
        result["name"] = name
        results.append(result)
    print(json.dumps(results, indent=2, sort_keys=True))
    print("truncated:", [r["name"] for r in results if r["finish"] == "length"])
