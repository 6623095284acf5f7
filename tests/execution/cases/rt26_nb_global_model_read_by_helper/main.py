# %%
import openai

MODEL = "gpt-3.5-turbo"


# %%
def ask(question):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


# %%
print(ask("What is a haiku?"))

# %%
# try the bigger model on the same question
MODEL = "gpt-4"
print(ask("What is a haiku?"))
