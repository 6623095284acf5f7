import asyncio
import json

import openai

FUNCTIONS = [{
    "name": "extract",
    "description": "Extract the text to file as a ticket",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                   "required": ["text"]},
}]


async def extract_ticket(message):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": message}],
        functions=FUNCTIONS,
        function_call={"name": "extract"},
        stream=True,
    )
    name, arguments, finish = None, "", None
    async for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "function_call" in delta:
            call = delta["function_call"]
            if "name" in call:
                name = call["name"]
            arguments += call.get("arguments", "")
        finish = chunk["choices"][0]["finish_reason"] or finish
    return name, json.loads(arguments), finish


async def main():
    tickets = await asyncio.gather(
        extract_ticket("The printer on floor 2 is jammed"),
        extract_ticket("VPN drops every ten minutes"),
    )
    for name, args, finish in tickets:
        print(name, args["text"], finish)


asyncio.run(main())
