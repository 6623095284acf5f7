import openai


def _one(prompt):
    yield openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=20)


def run_all(prompts):
    for p in prompts:
        yield from _one(p)
