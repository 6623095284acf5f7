import openai


def handle_error(exc):
    if isinstance(exc, openai.error.OpenAIError):
        return f"api error (status {getattr(exc, 'http_status', 'n/a')}, code {exc.code})"
    return f"local error: {exc}"


def ask(question, model="gpt-3.5-turbo"):
    try:
        if not question.strip():
            raise ValueError("empty question")
        result = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
        return result.choices[0].message.content
    except Exception as exc:  # keep the CLI alive whatever happens
        return handle_error(exc)


print(ask("What's the capital of Peru?"))
print(ask("   "))
print(ask("What's the capital of Chile?", model="ft-geo-assistant"))
