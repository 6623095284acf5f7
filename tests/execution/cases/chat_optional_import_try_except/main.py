"""Optional LLM polish: the tool works without openai installed (it returns the raw text)."""
try:
    import openai
except ImportError:  # pragma: no cover
    openai = None


def polish(text):
    if openai is None:
        return text
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Polish: {text}"}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(polish("this sentence are wrong"))
