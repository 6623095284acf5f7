import openai

TEMPLATES = {
    "bare": "{text}\n###\nCategory:",
    "instructed": "Classify the product review into {choices}.\n\nReview: {text}\n###\nCategory:",
    "persona": "You are a careful annotator. Choices: {choices}.\nReview: {text}\n###\nCategory:",
}
ROWS = [
    {"text": "The blender is loud but powerful. kitchen", "gold": "kitchen"},
    {"text": "These running shoes fit well. sports", "gold": "sports"},
]
CHOICES = "kitchen, sports, garden"


def predict(template, row):
    prompt = template.format_map({**row, "choices": CHOICES})
    response = openai.Completion.create(
        model="text-babbage-001",
        prompt=prompt,
        temperature=0,
        max_tokens=40,
        top_p=1,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=["###"],
    )
    text = response["choices"][0]["text"]
    last = text.strip().split()[-1].strip(".").lower() if text.strip() else ""
    return last, len(text.split())


results = {}
for name, template in TEMPLATES.items():
    correct = tokens = 0
    for row in ROWS:
        pred, used = predict(template, row)
        correct += pred == row["gold"]
        tokens += used
    results[name] = (correct / len(ROWS), tokens)

for name, (acc, tokens) in sorted(results.items(), key=lambda kv: -kv[1][0]):
    print(f"{name:<11} acc={acc:.2f} words={tokens}")
