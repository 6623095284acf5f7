"""One helper that talks to either endpoint depending on the model name."""
import openai

CHAT_MODELS = ("gpt-3.5-turbo", "gpt-4")


def generate(prompt, model):
    if model in CHAT_MODELS:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": prompt}], max_tokens=50
        )
        text = response["choices"][0]["message"]["content"]
    else:
        response = openai.Completion.create(model=model, prompt=prompt, max_tokens=50)
        text = response["choices"][0]["text"]
    tokens = response["usage"]["total_tokens"]
    return text.strip(), tokens


def main():
    for model in ("gpt-3.5-turbo", "text-davinci-003"):
        text, tokens = generate("Name a prime number bigger than ten", model)
        print(f"{model}: {text} ({tokens} tokens)")


if __name__ == "__main__":
    main()
