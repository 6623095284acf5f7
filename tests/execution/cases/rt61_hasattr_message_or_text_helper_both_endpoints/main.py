import openai


def first_text(response):
    """Works for both Completion and ChatCompletion responses."""
    choice = response.choices[0]
    if hasattr(choice, "message"):
        return choice.message.content
    return choice.text


def main():
    chat = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Say hello to Ada"}],
    )
    legacy = openai.Completion.create(
        model="text-davinci-003",
        prompt="Say hello to Grace",
        max_tokens=30,
    )
    for label, resp in (("chat", chat), ("completion", legacy)):
        print(label, "->", first_text(resp).strip())


main()
