import re

import openai


def list_ideas(topic, count=5):
    prompt = f"Brainstorm {count} ideas for {topic}:\n\n1."
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0.6,
        max_tokens=150,
        frequency_penalty=0.5,
    )
    text = "1." + response["choices"][0]["text"]
    items = [re.sub(r"^\s*\d+\.\s*", "", line) for line in text.split("\n")]
    return [item for item in items if item]


for topic in ["a science fair project", "a rainy weekend"]:
    ideas = list_ideas(topic, count=3)
    print(topic, len(ideas))
    for idea in ideas:
        print(" *", idea[:60])
