"""Prompt ablation: the same questions under three templates, one table row per template."""
import openai

TEMPLATES = {
    "plain": "{q}",
    "qa": "Q: {q}\nA:",
    "expert": "You are a world-class trivia expert.\nQuestion: {q}\nAnswer:",
}
QA = [("Who painted the Mona Lisa?", "leonardo"), ("What is H2O?", "water")]

rows = []
for name, template in TEMPLATES.items():
    hits, tokens = 0, 0
    for q, gold in QA:
        prompt = template.format(q=q)
        r = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=64, temperature=0.0)
        hits += gold in r.choices[0].text.lower()
        tokens += r.usage.total_tokens
    rows.append((name, hits / len(QA), tokens))

print("| template | acc  | tokens |")
print("|----------|------|--------|")
for name, acc, tokens in rows:
    print(f"| {name:<8} | {acc:.2f} | {tokens:>6} |")
