import openai

EDIT_PARAMS = {
    "model": "text-davinci-edit-001",
    "temperature": 0.3,
    "top_p": 0.9,
}


def polish(text, instruction="Fix grammar and punctuation"):
    res = openai.Edit.create(input=text, instruction=instruction, **EDIT_PARAMS)
    return res["choices"][0]["text"].strip()


for line in ["their going to the park tomorow", "i has two cat"]:
    print(polish(line))
