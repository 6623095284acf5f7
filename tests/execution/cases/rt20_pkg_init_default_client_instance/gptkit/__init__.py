from gptkit.client import GPTClient

default_client = GPTClient()


def ask(question):
    return default_client.ask(question)
