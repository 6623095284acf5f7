"""Brainstorm product names: several samples per call, deduplicated."""
import openai

SEEDS = ["a reusable water bottle", "a note-taking app for students"]
N_SAMPLES = 3

for seed in SEEDS:
    completions = openai.Completion.create(
        model="text-davinci-002",
        prompt=f"Product description: {seed}\nProduct name ideas:",
        max_tokens=16,
        temperature=0.9,
        n=N_SAMPLES,
        echo=False,
        stop=None,
    )
    ideas = []
    for choice in completions.choices:
        idea = choice.text.strip()
        if idea not in ideas:
            ideas.append(idea)
    print(f"{seed}: {len(completions.choices)} samples, {len(ideas)} distinct")
    for idea in ideas:
        print("  -", idea)
