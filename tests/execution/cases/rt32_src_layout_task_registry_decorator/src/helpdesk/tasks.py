import openai

from helpdesk import defaults

TASKS = {}


def register(name, **params):
    def wrap(fn):
        TASKS[name] = (fn, params)
        return fn

    return wrap


@register("classify", max_tokens=3, temperature=0)
def classify_prompt(ticket):
    return f"Classify this ticket as billing, bug or other: {ticket}"


@register("reply")
def reply_prompt(ticket):
    return f"Write a friendly first reply to: {ticket}"


def run_task(name, ticket):
    fn, params = TASKS[name]
    response = openai.ChatCompletion.create(
        model=params.get("model", defaults.DEFAULT_MODEL),
        messages=[{"role": "user", "content": fn(ticket)}],
        temperature=params.get("temperature", defaults.DEFAULT_TEMPERATURE),
        max_tokens=params.get("max_tokens"),
    )
    return response["choices"][0]["message"]["content"]
