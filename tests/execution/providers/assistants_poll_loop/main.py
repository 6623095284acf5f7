"""Summaries through an assistant, polling the run by hand and cleaning up after."""
import time

import openai

client = openai.OpenAI()


def summarize(text):
    assistant = client.beta.assistants.create(
        model="gpt-3.5-turbo-1106",
        instructions="Summarize the user's text in one sentence.",
    )
    thread = client.beta.threads.create()
    client.beta.threads.messages.create(
        thread_id=thread.id,
        role="user",
        content=f"Summarize this:\n{text}",
    )
    run = client.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    while run.status in ("queued", "in_progress"):
        time.sleep(0.05)
        run = client.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id)
    summary = client.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value
    client.beta.assistants.delete(assistant.id)
    client.beta.threads.delete(thread.id)
    return summary


def main():
    for text in ["The meeting moved to Tuesday.", "Sales grew 4% in the third quarter."]:
        print(summarize(text))


if __name__ == "__main__":
    main()
