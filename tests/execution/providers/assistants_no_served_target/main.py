"""An assistant on a model whose published replacement itself shuts down."""
from openai import OpenAI

client = OpenAI()


def main():
    assistant = client.beta.assistants.create(
        model="gpt-4-turbo-preview", instructions="Answer in French."
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content="Hello")
    client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    print(client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value)


if __name__ == "__main__":
    main()
