import openai


def safe_chat(messages):
    try:
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
        return resp.choices[0].message.content
    except openai.InvalidRequestError:
        return "<invalid request>"
    except openai.APIError:
        return "<server error>"


def key_works(key):
    try:
        openai.Model.list(api_key=key)
        return True
    except openai.error.AuthenticationError:
        return False


if __name__ == "__main__":
    print(safe_chat([{"role": "user", "content": "Spell 'necessary'."}]))
    print(safe_chat([]))
    print("revoked key works:", key_works("sk-revoked-0000"))
