import openai


def flagged_categories(text):
    moderation = openai.Moderation.create(input=text)
    result = moderation.results[0]
    if not result.flagged:
        return []
    return sorted(name for name, hit in result["categories"].items() if hit)


def respond(text):
    categories = flagged_categories(text)
    if categories:
        return "Sorry, I can't help with that (" + ", ".join(categories) + ")."
    chat = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    return chat.choices[0].message.content


if __name__ == "__main__":
    for msg in ["How do I bake bread?", "You are stupid and I hate you"]:
        print(respond(msg))
