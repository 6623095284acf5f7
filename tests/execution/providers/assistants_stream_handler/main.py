"""Streaming the reply through an AssistantEventHandler."""
from openai import AssistantEventHandler, OpenAI

client = OpenAI()


class Printer(AssistantEventHandler):
    def __init__(self):
        super().__init__()
        self.pieces = []

    def on_text_delta(self, delta, snapshot):
        self.pieces.append(delta.value)


def main():
    assistant = client.beta.assistants.create(model="gpt-4o", instructions="Be cheerful.")
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(thread_id=thread.id, role="user", content="Say hello")
    handler = Printer()
    with client.beta.threads.runs.stream(
        thread_id=thread.id, assistant_id=assistant.id, event_handler=handler
    ) as stream:
        stream.until_done()
    print("".join(handler.pieces))
    print(len(handler.pieces), "pieces")


if __name__ == "__main__":
    main()
