import openai


def tell(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    pieces = 0
    for chunk in response:
        if hasattr(chunk.choices[0].delta, "content"):
            pieces += 1
            print(chunk.choices[0].delta.content, end="", flush=True)
    print()
    return pieces > 0


if __name__ == "__main__":
    print(tell("Tell me a story about a lighthouse"))
