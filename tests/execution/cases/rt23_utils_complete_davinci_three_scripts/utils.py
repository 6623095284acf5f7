import openai

ENGINE = "text-davinci-003"


def complete(prompt, max_tokens=64, temperature=0.0, stop=None):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
        stop=stop,
    )
    return response.choices[0].text.strip()
