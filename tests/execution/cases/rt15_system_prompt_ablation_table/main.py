"""Ablation: does the system prompt change extraction accuracy?"""
import openai

SYSTEM_PROMPTS = {
    "none": None,
    "terse": "Reply with the city name only.",
    "verbose": "You are a geography expert. Think carefully, then reply with the city name.",
}
EXAMPLES = [
    ("I flew into Heathrow and took the tube downtown. London", "London"),
    ("We saw the Colosseum on our first day. Rome", "Rome"),
    ("The Golden Gate was foggy all week.", "San Francisco"),
]


def extract(text, system):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": f"Which city is this about? {text}"})
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages, temperature=0)
    return resp["choices"][0]["message"]["content"]


print(f"{'variant':8s} accuracy")
for name, system in SYSTEM_PROMPTS.items():
    correct = sum(gold in extract(text, system) for text, gold in EXAMPLES)
    print(f"{name:8s} {correct}/{len(EXAMPLES)}")
