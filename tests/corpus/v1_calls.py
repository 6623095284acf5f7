import openai
from openai import AsyncOpenAI, OpenAI

client = OpenAI()
aclient = AsyncOpenAI()


def legacy(prompt, code):
    client.completions.create(model=MODEL, prompt=prompt)
    client.edits.create(model=MODEL, input=code, instruction="fix")
    client.fine_tunes.list()
    openai.completions.create(model=MODEL, prompt=prompt)
    client.chat.completions.create(model=MODEL, messages=[])
    client.embeddings.create(model=MODEL, input=prompt)
    client.responses.create(model=MODEL, input=prompt)


async def assistants():
    assistant = await aclient.beta.assistants.create(model=MODEL)
    thread = await aclient.beta.threads.create()
    await aclient.beta.threads.messages.create(thread_id=thread.id, role="user", content="hi")
    return await aclient.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)


class Agent:
    def __init__(self, api_key):
        self.client = OpenAI(api_key=api_key)

    def step(self, thread_id, run_id):
        return self.client.beta.threads.runs.retrieve(thread_id=thread_id, run_id=run_id)

    def complete(self, prompt):
        return self.client.completions.create(model=MODEL, prompt=prompt)
