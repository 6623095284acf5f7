"""Answers from a vector store through the file_search tool."""
import os

from openai import OpenAI

client = OpenAI()
VECTOR_STORE_ID = os.environ.get("HANDBOOK_STORE", "vs_handbook")


def main():
    assistant = client.beta.assistants.create(
        model="gpt-4o",
        instructions="Answer from the employee handbook.",
        tools=[{"type": "file_search"}],
        tool_resources={"file_search": {"vector_store_ids": [VECTOR_STORE_ID]}},
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(
        thread_id=thread.id, role="user", content="How many vacation days do I get?"
    )
    client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    print(client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value)


if __name__ == "__main__":
    main()
