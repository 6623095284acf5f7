import openai

words = ["ephemeral", "ubiquitous", "serendipity"]
for word in words:
    definition = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Define the word '{word}' in one short sentence:",
        max_tokens=25,
        temperature=0,
        stop=["\n\n"],
    )["choices"][0]["text"].strip()
    print(f"{word}: {definition}")
