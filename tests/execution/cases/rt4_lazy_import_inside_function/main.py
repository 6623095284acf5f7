import os


def openai_summary(text, model="gpt-3.5-turbo"):
    """Optional backend: openai is imported only when this backend is chosen."""
    import openai

    openai.api_key = os.environ["OPENAI_API_KEY"]
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
        max_tokens=12,
    )
    return response["choices"][0]["message"]["content"].strip()


BACKENDS = {"openai": openai_summary, "none": lambda text: text[:20]}

if __name__ == "__main__":
    for name in ("none", "openai"):
        print(name, "->", BACKENDS[name]("Lorem ipsum dolor sit amet, consectetur adipiscing elit"))
