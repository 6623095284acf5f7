import openai

CHAT_MODEL = "gpt-3.5-turbo"
EDIT_MODEL = "text-davinci-edit-001"


def chat(prompt):
    resp = openai.ChatCompletion.create(model=CHAT_MODEL,
                                        messages=[{"role": "user", "content": prompt}])
    return resp["choices"][0]["message"]["content"]


def fix_spelling(text):
    resp = openai.Edit.create(model=EDIT_MODEL, input=text,
                              instruction="Fix the spelling mistakes")
    return resp["choices"][0]["text"]
