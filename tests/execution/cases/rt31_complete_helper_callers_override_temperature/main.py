import openai


def complete(prompt, temperature=0.7, max_tokens=100, stop=None):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=temperature,
        max_tokens=max_tokens,
        stop=stop,
    )
    return response.choices[0].text.strip()


def slogan(product):
    return complete(f"Write a slogan for {product}.", temperature=1.0, max_tokens=12)


def classify(text):
    return complete(f"Is this spam? Answer Yes or No.\n\n{text}\nAnswer:", temperature=0,
                    max_tokens=2, stop=["\n"])


def outline(topic):
    return complete(f"Outline a blog post about {topic}:\n1.")


print(slogan("a solar lamp"))
print(classify("WIN A FREE PHONE NOW"))
print(outline("composting").splitlines()[0])
