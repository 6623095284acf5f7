import openai


def plain(obj):
    """Turn API objects into plain Python values so they can be stored or compared."""
    if isinstance(obj, dict):
        return {key: plain(value) for key, value in obj.items()}
    if isinstance(obj, list):
        return [plain(value) for value in obj]
    return obj


def run(prompt):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    data = plain(resp)
    return data["choices"][0]["message"]["content"], data["usage"]["completion_tokens"]


if __name__ == "__main__":
    text, n = run("Give me a word that rhymes with cat")
    print(text)
    print("completion tokens:", n)
