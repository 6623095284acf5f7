import openai


def converse(turns, model="gpt-3.5-turbo"):
    messages = [{"role": "system", "content": "Be brief."}]
    for turn in turns:
        messages.append({"role": "user", "content": turn})
        response = openai.ChatCompletion.create(model=model, messages=messages)
        messages.append(response.choices[0].message.to_dict())
    return messages


if __name__ == "__main__":
    history = converse(["Plan a picnic", "Add dessert"])
    for m in history:
        print(m["role"], "|", m["content"])
    print(sorted({type(m).__name__ for m in history}))
