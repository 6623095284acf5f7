import openai

from retry import with_retry


@with_retry()
def rewrite(text, style):
    messages = []
    if text:
        messages = [{"role": "system", "content": f"Rewrite in a {style} style."},
                    {"role": "user", "content": text}]
    try:
        resp = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    except openai.error.InvalidRequestError as exc:
        return f"rejected ({exc.http_status})"
    return resp.choices[0].message.content
