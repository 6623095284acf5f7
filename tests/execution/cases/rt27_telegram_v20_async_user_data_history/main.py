import asyncio
import os

import openai


class Context:
    def __init__(self):
        self.user_data = {}


class Msg:
    def __init__(self, user_id, text):
        self.user_id, self.text = user_id, text

    async def reply_text(self, text):
        print(f"-> {self.user_id}: {text}")


class Update:
    def __init__(self, message):
        self.message = message
        self.effective_user = message.user_id


SYSTEM = {"role": "system", "content": "You are a friendly Telegram assistant."}


async def usage_cmd(update, context):
    await update.message.reply_text(f"you used {context.user_data.get('tokens', 0)} tokens")


async def on_text(update, context):
    history = context.user_data.setdefault("history", [SYSTEM])
    history.append({"role": "user", "content": update.message.text})
    try:
        response = await openai.ChatCompletion.acreate(
            model="gpt-3.5-turbo", messages=history, temperature=0.6, request_timeout=0.5)
    except (openai.error.ServiceUnavailableError, openai.error.Timeout):
        history.pop()
        await update.message.reply_text("OpenAI is busy, try again in a minute")
        return
    answer = response["choices"][0]["message"]["content"]
    history.append({"role": "assistant", "content": answer})
    context.user_data["tokens"] = context.user_data.get("tokens", 0) + response["usage"]["total_tokens"]
    await update.message.reply_text(answer)


async def main():
    openai.api_key = os.environ["OPENAI_API_KEY"]
    contexts = {}
    script = [(1, "hi"), (2, "what can you do"), (1, "[slow] write an essay"), (1, "a poem then"),
              (1, "/usage"), (2, "/usage")]
    for user_id, text in script:
        ctx = contexts.setdefault(user_id, Context())
        update = Update(Msg(user_id, text))
        handler = usage_cmd if text == "/usage" else on_text
        await handler(update, ctx)


if __name__ == "__main__":
    asyncio.run(main())
