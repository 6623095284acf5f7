"""A one-off script: the whole Assistants pattern at module level."""
from openai import OpenAI

client = OpenAI()
question = "Name three primary colors."

assistant = client.beta.assistants.create(
    model="gpt-4-1106-preview",
    instructions="Reply with a comma-separated list.",
)
thread = client.beta.threads.create()
message = "Please answer: " + question
client.beta.threads.messages.create(thread_id=thread.id, role="user", content=message)
run = client.beta.threads.runs.create_and_poll(
    thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=50
)
print(run.status)
print(client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value)
