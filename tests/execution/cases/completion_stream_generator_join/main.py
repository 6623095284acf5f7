"""A Flask-style streaming body: a generator yields completion text as it arrives."""
import openai


def generate(prompt, model="text-davinci-003"):
    for chunk in openai.Completion.create(model=model, prompt=prompt, max_tokens=100, stream=True):
        text = chunk["choices"][0]["text"]
        if text:
            yield text


def main():
    pieces = list(generate("Write a tagline for a bakery"))
    print(len(pieces) > 1)
    print("".join(pieces))


if __name__ == "__main__":
    main()
