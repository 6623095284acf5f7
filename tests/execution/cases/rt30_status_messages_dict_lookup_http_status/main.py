import openai

STATUS_HELP = {
    400: "The request was malformed.",
    401: "Your API key is invalid.",
    404: "That model is not available to you.",
    429: "Too many requests, slow down.",
    500: "OpenAI is having trouble, try later.",
}


def chat(messages, model="gpt-3.5-turbo", api_key=None):
    try:
        resp = openai.ChatCompletion.create(model=model, messages=messages, api_key=api_key)
        return resp["choices"][0]["message"]["content"]
    except openai.error.OpenAIError as e:
        return "Sorry! " + STATUS_HELP.get(e.http_status, "Something went wrong.")


hello = [{"role": "user", "content": "hello"}]
print(chat(hello))
print(chat(hello, model="gpt-5-preview-internal"))
print(chat([]))
print(chat(hello, api_key="sk-revoked"))
