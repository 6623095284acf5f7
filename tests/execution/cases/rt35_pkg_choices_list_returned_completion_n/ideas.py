import openai


def brainstorm(topic, n=3):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"One idea for {topic}:",
        n=n,
        max_tokens=30,
        temperature=0.9,
    )
    return response["choices"]
