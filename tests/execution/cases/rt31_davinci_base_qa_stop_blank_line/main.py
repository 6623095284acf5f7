import openai

FEW_SHOT = """Q: What is the boiling point of water at sea level?
A: 100 degrees Celsius.

Q: Who wrote Hamlet?
A: William Shakespeare.

"""


def ask(question):
    response = openai.Completion.create(
        model="davinci",
        prompt=FEW_SHOT + "Q: " + question + "\nA:",
        max_tokens=32,
        temperature=0,
        stop=["\n\n", "Q:"],
    )
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    for question in ["How many legs does a spider have?", "What is the capital of Japan?"]:
        answer = ask(question)
        print(question)
        print("   ", answer.splitlines()[0])
        print("    lines:", len(answer.splitlines()))
