import openai

ENGINE = "text-davinci-003"
TEMPLATES = {
    "email": "Write a polite email to {name} about {topic}.",
    "ad": "Write a one-line ad for {product} aimed at {audience}.",
}
JOBS = [
    ("email", {"name": "Dana", "topic": "the project delay"}),
    ("ad", {"product": "running shoes", "audience": "beginners"}),
    ("email", {"name": "Sam", "topic": "the team lunch"}),
]


def run(kind, fields):
    prompt = TEMPLATES[kind].format_map(fields)
    result = openai.Completion.create(engine=ENGINE, prompt=prompt, max_tokens=20)
    return result.choices[0].text.strip()


for number, (kind, fields) in enumerate(JOBS, start=1):
    print(f"{number}. {kind}: {run(kind, fields)}")
