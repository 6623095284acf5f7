import openai

ENGINE = "text-davinci-003"


def tags_for(text):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=f"Comma-separated tags for: {text}\nTags:",
        max_tokens=20,
        temperature=0,
    )
    raw = response["choices"][0]["text"]
    return sorted({t.strip().lower() for t in raw.replace("\n", ",").split(",") if t.strip()})
