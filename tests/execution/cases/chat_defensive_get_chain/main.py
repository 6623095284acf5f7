import openai


def extract_text(response):
    return (
        response.get("choices", [{}])[0]
        .get("message", {})
        .get("content", "")
        .strip()
    )


def tokens_used(response):
    return response.get("usage", {}).get("total_tokens", 0)


def run(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    return extract_text(response), tokens_used(response)


if __name__ == "__main__":
    text, used = run("  Describe the moon in five words  ")
    print(repr(text))
    print("tokens:", used)
