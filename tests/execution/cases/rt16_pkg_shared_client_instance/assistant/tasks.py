from . import default_client


def summarize(text):
    return default_client.ask(f"Summarize: {text}")


def answer_with_context(question, context):
    return default_client.ask(question, context=context)
