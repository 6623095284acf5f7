import openai

PROMPT = """Q: What is the capital of France? END A: Paris
Q: What is the capital of Spain?"""


def answers(prompt):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0.9,
        n=2,
        stop=["END", "\n\n"],
        max_tokens=64,
    )
    return [c.text.strip() for c in response.choices]


if __name__ == "__main__":
    for t in answers(PROMPT):
        print(repr(t))
