"""A translator: the thread is made with its messages, the run polled in a while True loop."""
import time

from openai import OpenAI

client = OpenAI()


def translate(sentence, language):
    assistant = client.beta.assistants.create(
        model="gpt-4",
        instructions=f"Translate the user's sentences into {language}.",
        temperature=0.2,
    )
    thread = client.beta.threads.create(
        messages=[
            {"role": "user", "content": "Translate the next message."},
            {"role": "user", "content": sentence},
        ]
    )
    run = client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    while True:
        run = client.beta.threads.runs.retrieve(run.id, thread_id=thread.id)
        if run.status == "completed":
            break
        time.sleep(0.05)
    messages = client.beta.threads.messages.list(thread_id=thread.id)
    return messages.data[0].content[0].text.value


def main():
    print(translate("Good morning", "French"))
    print(translate("Where is the station?", "German"))


if __name__ == "__main__":
    main()
