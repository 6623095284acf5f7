import openai


def check_model(name):
    try:
        openai.ChatCompletion.create(
            model=name, messages=[{"role": "user", "content": "ping"}], max_tokens=1
        )
    except openai.error.InvalidRequestError as err:
        body = err.json_body or {}
        detail = body.get("error", {})
        return f"{name}: unavailable (code={detail.get('code')}, type={detail.get('type')})"
    return f"{name}: ok"


if __name__ == "__main__":
    for name in ["gpt-3.5-turbo", "gpt-5-ultra-preview"]:
        print(check_model(name))
