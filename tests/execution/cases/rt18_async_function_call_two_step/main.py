import asyncio
import json

import openai

FUNCTIONS = [{
    "name": "get_time_in_city",
    "description": "Get the local time in a city",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]},
}]


async def get_time_in_city(text):
    await asyncio.sleep(0)
    return json.dumps({"city": text, "time": "10:30"})


async def ask(question):
    messages = [{"role": "user", "content": question}]
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo-0613",
        messages=messages,
        functions=FUNCTIONS,
        function_call={"name": "get_time_in_city"},
    )
    message = response.choices[0].message
    if message.get("function_call"):
        args = json.loads(message.function_call.arguments)
        result = await get_time_in_city(**args)
        messages.append(message)
        messages.append({"role": "function", "name": message.function_call.name, "content": result})
        response = await openai.ChatCompletion.acreate(model="gpt-3.5-turbo-0613", messages=messages)
    return response.choices[0].message.content


print(asyncio.run(ask("Tokyo")))
