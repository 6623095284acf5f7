"""A math tutor on the Assistants API: the quickstart's create_and_poll."""
from openai import OpenAI

client = OpenAI()


def ask(question):
    assistant = client.beta.assistants.create(
        name="Math Tutor",
        instructions="You are a personal math tutor. Answer briefly.",
        model="gpt-4-1106-preview",
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=question)
    run = client.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id
    )
    if run.status == "completed":
        messages = client.beta.threads.messages.list(thread_id=thread.id)
        return messages.data[0].content[0].text.value
    return f"run ended as {run.status}"


def main():
    print(ask("I need to solve the equation `3x + 11 = 14`. Can you help me?"))
    print(ask("What is 12 squared?"))


if __name__ == "__main__":
    main()
