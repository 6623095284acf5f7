"""POST /chat/stream: relays the model's tokens as server-sent events (StreamingResponse in the
real app; here an async generator the test loop drains)."""
import json
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
CHAT_MODEL = "gpt-3.5-turbo"


async def chat_stream(body: dict):
    messages = body.get("history", []) + [{"role": "user", "content": body["message"]}]
    response = await openai.ChatCompletion.acreate(
        model=CHAT_MODEL,
        messages=messages,
        temperature=0.2,
        stream=True,
    )
    async for chunk in response:
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "content" in delta and delta["content"]:
            yield f"data: {json.dumps({'token': delta['content']})}\n\n"
        if choice.get("finish_reason"):
            yield f"data: {json.dumps({'done': choice['finish_reason']})}\n\n"
    yield "data: [DONE]\n\n"
