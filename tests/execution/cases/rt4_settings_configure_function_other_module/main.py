import openai

from setup_openai import configure


def tagline(product):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"Write a tagline for {product}",
        max_tokens=16,
        temperature=0.8,
    )
    return response.choices[0].text.strip()


def main():
    configure()
    print(tagline("a solar kettle"))
    print(tagline("noise-cancelling socks"))


if __name__ == "__main__":
    main()
