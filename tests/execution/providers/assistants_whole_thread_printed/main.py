"""Prints the whole conversation, oldest first, after the run."""
from openai import OpenAI

client = OpenAI()


def main():
    assistant = client.beta.assistants.create(model="gpt-4o", instructions="Be polite.")
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content="Hi there")
    client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    messages = client.beta.threads.messages.list(thread_id=thread.id)
    for message in reversed(messages.data):
        print(message.role, ":", message.content[0].text.value)


if __name__ == "__main__":
    main()
