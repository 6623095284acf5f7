import openai


def moderate(text):
    response = openai.Moderation.create(input=text)
    return response["results"][0]


def handle(message):
    result = moderate(message)
    if result["flagged"]:
        score = result["category_scores"]["violence"]
        print(f"flagged: violence={result['categories']['violence']} score={score:.2f}")
        return
    answer = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": message}],
    )
    print(answer["choices"][0]["message"]["content"])


for text in ["What's a good name for a cat?", "I want to kill the process"]:
    handle(text)
