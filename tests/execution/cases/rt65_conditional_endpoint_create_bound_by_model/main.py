import openai

MODELS = ("text-davinci-003", "gpt-3.5-turbo")


def run(model, text):
    is_chat = model.startswith("gpt-")
    create = openai.ChatCompletion.create if is_chat else openai.Completion.create
    payload = (
        {"messages": [{"role": "user", "content": text}]}
        if is_chat
        else {"prompt": text}
    )
    resp = create(model=model, max_tokens=30, **payload)
    out = resp.choices[0].message.content if is_chat else resp.choices[0].text
    return out.strip()


if __name__ == "__main__":
    for i, model in enumerate(MODELS):
        print(i, run(model, "Describe autumn in five words"))
