import openai

FEW_SHOT = """I am a highly intelligent question answering bot.

Q: What is human life expectancy in the United States?
A: Human life expectancy in the United States is 78 years.

Q: Who was president of the United States in 1955?
A: Dwight D. Eisenhower was president of the United States in 1955.

"""


def ask(question):
    prompt = FEW_SHOT + f"Q: {question}\nA:"
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0,
        max_tokens=100,
        top_p=1,
        frequency_penalty=0.0,
        presence_penalty=0.0,
        stop=["\n\n", "Q:"],
    )
    return response["choices"][0]["text"].strip()


for q in ["Where is the Valley of Kings?", "How many squigs are in a bonk?"]:
    print(repr(ask(q)))
