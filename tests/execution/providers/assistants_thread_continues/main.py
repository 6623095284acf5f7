"""A chat that keeps its thread: the second question sees the first."""
from openai import OpenAI

client = OpenAI()


def main():
    assistant = client.beta.assistants.create(model="gpt-4o", instructions="Remember context.")
    thread = client.beta.threads.create()
    for question in ("My name is Ada.", "What is my name?"):
        client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question)
        client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
        messages = client.beta.threads.messages.list(thread_id=thread.id)
        print(messages.data[0].content[0].text.value)


if __name__ == "__main__":
    main()
