import openai

EDIT_MODEL = "text-davinci-edit-001"


def edits_available():
    try:
        openai.Model.retrieve(EDIT_MODEL)
        return True
    except openai.error.InvalidRequestError:
        return False


def tidy(text):
    result = openai.Edit.create(model=EDIT_MODEL, input=text,
                                instruction="Remove filler words")
    return result["choices"][0]["text"]


if edits_available():
    print("editor: on")
    print(tidy("So, um, basically the build is, like, green"))
else:
    print("editor: off")
