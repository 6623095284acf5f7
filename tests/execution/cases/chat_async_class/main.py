import asyncio

import openai


class Agent:
    def __init__(self, model="gpt-4"):
        self.model = model

    async def run(self, task):
        resp = await openai.ChatCompletion.acreate(model=self.model, messages=[{"role": "user", "content": task}])
        return resp.choices[0].message.content


def main():
    print(asyncio.run(Agent().run("plan a picnic")))


if __name__ == "__main__":
    main()
