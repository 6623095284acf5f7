import openai

from limits import context_window


def ask(question, model):
    budget = context_window(model)
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": question}]
    )
    return f"[{budget}] " + response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Summarize the plot of Hamlet", model="gpt-4"))
    print(ask("Summarize the plot of Macbeth", model="gpt-3.5-turbo-16k"))
