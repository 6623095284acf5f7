from offline import openai_stub as openai

openai.api_key = "offline"


def shout(text, engine="text-davinci-003"):
    try:
        response = openai.Completion.create(engine=engine, prompt=text, max_tokens=4,
                                            temperature=0, stop=["\n"])
    except openai.error.InvalidRequestError as error:
        return f"invalid: {error}"
    return response["choices"][0]["text"].strip()


def mirror(text):
    response = openai.ChatCompletion.create(
        model="gpt-4", messages=[{"role": "user", "content": text}], temperature=0)
    return response["choices"][0]["message"]["content"], response["model"]
