import openai


def call_gpt(prompt, stop=None, max_tokens=64):
    return openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
        stop=stop,
    )


FEWSHOT = "Q: 2+2?\nA: 4\nQ: 3+5?\nA:"
resp = call_gpt(FEWSHOT, stop=["\nQ:"])
print(repr(resp.choices[0].text.strip()))
resp = call_gpt("List: apples; pears; plums", stop=";", max_tokens=10)
print(repr(resp["choices"][0]["text"]))
print(call_gpt("No stop here please").choices[0].finish_reason)
