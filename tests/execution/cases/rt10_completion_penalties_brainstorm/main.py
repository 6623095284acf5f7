import openai


def brainstorm(topic, k=3):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Brainstorm a startup idea about {topic}:",
        n=k,
        temperature=0.9,
        max_tokens=40,
        frequency_penalty=0.5,
        presence_penalty=0.6,
    )
    return [c.text.strip() for c in resp.choices]


for i, idea in enumerate(brainstorm("urban gardening"), 1):
    print(f"{i}. {idea}")
