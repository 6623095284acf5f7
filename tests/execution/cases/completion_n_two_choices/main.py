import openai


def candidates(prompt):
    resp = openai.Completion.create(model="text-curie-001", prompt=prompt, n=2, max_tokens=30)
    return [choice["text"].strip() for choice in resp["choices"]]


if __name__ == "__main__":
    for i, text in enumerate(candidates("Title for a blog post about sourdough:")):
        print(i, text)
