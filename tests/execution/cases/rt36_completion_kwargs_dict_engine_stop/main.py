import openai

COMPLETION_KWARGS = dict(engine="text-davinci-003", max_tokens=16, temperature=0, stop=["\n"])

FEW_SHOT = """Convert movie titles into a short description.

Back to the Future: time travel in a car
Batman: a rich man fights crime at night
{title}:"""


def describe(title):
    result = openai.Completion.create(prompt=FEW_SHOT.format(title=title), **COMPLETION_KWARGS)
    return result.choices[0].text.strip()


for title in ["Jaws", "Toy Story", "The Matrix"]:
    print(f"{title} -> {describe(title)}")
