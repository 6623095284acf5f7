import openai


def iter_reply(question, temperature=0.5):
    response = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
        temperature=temperature,
        stream=True,
    )
    for chunk in response:
        choice = chunk["choices"][0]
        yield choice["delta"].get("content", ""), choice["finish_reason"]


def show(question):
    out = []
    for text, finish in iter_reply(question):
        out.append(text)
        if finish:
            print("".join(out), f"[{finish}]")
            return


show("What is the capital of Peru?")
show("Say something nice")
