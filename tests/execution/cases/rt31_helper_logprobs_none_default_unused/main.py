import openai

DEFAULT_ENGINE = "text-davinci-003"


def complete(prompt, engine=DEFAULT_ENGINE, max_tokens=32, temperature=0.0,
             logprobs=None, echo=False, n=1):
    response = openai.Completion.create(
        engine=engine,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
        logprobs=logprobs,
        echo=echo,
        n=n,
    )
    return [choice.text for choice in response.choices]


print(complete("Write a title for a cooking blog:")[0].strip())
for i, text in enumerate(complete("Rhyme with cat:", n=2, max_tokens=4)):
    print(i, text.strip())
