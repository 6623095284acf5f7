import openai

TASKS = {
    "title": "Suggest a title for a post about gardening",
    "tagline": "Suggest a tagline for a gardening blog",
}


def run_all(model="gpt-3.5-turbo"):
    results = {}
    for name, prompt in TASKS.items():
        results[name] = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
        )
    return results
