import asyncio

import openai


class AsyncChatBot:
    def __init__(self, name, system, model="gpt-3.5-turbo"):
        self.name = name
        self.model = model
        self.messages = [{"role": "system", "content": system}]

    async def reply(self, text):
        self.messages.append({"role": "user", "content": text})
        response = await openai.ChatCompletion.acreate(
            model=self.model,
            messages=self.messages,
            temperature=0.9,
        )
        content = response["choices"][0]["message"]["content"]
        self.messages.append({"role": "assistant", "content": content})
        return content


async def main():
    bots = [AsyncChatBot("poet", "You write haiku."), AsyncChatBot("chef", "You suggest recipes.")]
    for turn in ["Autumn", "Rain"]:
        answers = await asyncio.gather(*(b.reply(turn) for b in bots))
        for bot, answer in zip(bots, answers):
            print(f"{bot.name}: {answer}")
    print([len(b.messages) for b in bots])


if __name__ == "__main__":
    asyncio.run(main())
