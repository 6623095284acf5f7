"""Users may switch the model of their session with /model <name>."""
import openai

ALLOWED_MODELS = ["gpt-3.5-turbo", "gpt-4"]
DEFAULT_MODEL = "gpt-3.5-turbo"
user_models = {}


def handle(user, text):
    if text.startswith("/model"):
        parts = text.split()
        if len(parts) == 1:
            return f"current model: {user_models.get(user, DEFAULT_MODEL)}"
        if parts[1] not in ALLOWED_MODELS:
            return f"unknown model, pick one of {', '.join(ALLOWED_MODELS)}"
        user_models[user] = parts[1]
        return f"model set to {parts[1]}"
    response = openai.ChatCompletion.create(
        model=user_models.get(user, DEFAULT_MODEL),
        messages=[{"role": "user", "content": text}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for user, text in [("u1", "/model"), ("u1", "/model gpt-4"), ("u1", "hello"),
                       ("u2", "/model claude"), ("u2", "hello too"), ("u1", "/model")]:
        print(f"{user}> {text}\n  {handle(user, text)}")
