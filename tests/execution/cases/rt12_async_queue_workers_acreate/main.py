"""Incoming chat events go through an asyncio.Queue to a pool of worker tasks."""
import asyncio
import logging

import openai

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("workers")


async def worker(name, queue, replies):
    while True:
        event_id, user, text = await queue.get()
        try:
            resp = await openai.ChatCompletion.acreate(
                model="gpt-3.5-turbo",
                messages=[
                    {"role": "system", "content": f"You are talking to {user}."},
                    {"role": "user", "content": text},
                ],
                temperature=0.9,
            )
            replies[event_id] = resp.choices[0].message.content
        except openai.error.OpenAIError as exc:
            log.warning("%s failed on %s: %s", name, event_id, exc)
            replies[event_id] = "(failed)"
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    replies = {}
    events = [(1, "amy", "hello"), (2, "bo", "weather?"), (3, "amy", "tell me a fact"),
              (4, "cy", "good night")]
    for event in events:
        queue.put_nowait(event)
    workers = [asyncio.create_task(worker(f"w{i}", queue, replies)) for i in range(2)]
    await queue.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for event_id in sorted(replies):
        print(event_id, replies[event_id])


if __name__ == "__main__":
    asyncio.run(main())
