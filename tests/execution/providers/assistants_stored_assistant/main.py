"""The assistant is made once at start-up and its id kept for every question."""
from openai import OpenAI

client = OpenAI()
ASSISTANT = {}


def setup():
    assistant = client.beta.assistants.create(
        model="gpt-4-1106-preview", instructions="You answer questions about our API."
    )
    ASSISTANT["id"] = assistant.id


def ask(question):
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question)
    client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=ASSISTANT["id"])
    return client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value


def main():
    setup()
    print(ask("How do I paginate?"))
    print(ask("What is the rate limit?"))


if __name__ == "__main__":
    main()
