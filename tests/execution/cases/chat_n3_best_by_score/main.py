import openai


def score(text):
    return len(set(text.lower().split()))


def best_title(topic, n=3):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        n=n,
        messages=[{"role": "user", "content": f"Suggest a title for a blog post about {topic}"}],
    )
    best = max(response["choices"], key=lambda ch: score(ch["message"]["content"]))
    contents = [c.message.content for c in response.choices]
    return best["index"], best["message"]["content"], len(contents), response.usage.completion_tokens


if __name__ == "__main__":
    print(best_title("gardening"))
