"""A support bot whose model and instructions are module constants."""
from openai import OpenAI

ASSISTANT_MODEL = "gpt-4-turbo"
INSTRUCTIONS = (
    "You are a support agent for Acme Router X2. "
    "Answer in two sentences at most."
)

client = OpenAI()


def answer(ticket):
    assistant = client.beta.assistants.create(
        name="Acme support", model=ASSISTANT_MODEL, instructions=INSTRUCTIONS
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content=ticket)
    client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    reply = client.beta.threads.messages.list(thread_id=thread.id, limit=1)
    return reply.data[0].content[0].text.value


def main():
    print(answer("My router keeps rebooting every hour."))


if __name__ == "__main__":
    main()
