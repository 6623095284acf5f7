import openai


def safe_create(**kwargs):
    """Never raise: return the response, or a dict describing the error."""
    try:
        return openai.ChatCompletion.create(**kwargs)
    except openai.error.OpenAIError as e:
        return {"error": {"status": e.http_status, "code": e.code}}


def show(result):
    if "error" in result:
        print("error:", result["error"]["status"], result["error"]["code"])
    else:
        print("reply:", result["choices"][0]["message"]["content"],
              "| tokens:", result["usage"]["total_tokens"])


show(safe_create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Hi there"}]))
show(safe_create(model="gpt-3.5-turbo", messages=[]))
show(safe_create(model="acme-chat-ft", messages=[{"role": "user", "content": "Bye"}]))
