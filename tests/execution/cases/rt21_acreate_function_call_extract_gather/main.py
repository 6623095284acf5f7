"""Extract structured contacts from emails concurrently with forced function calls."""
import asyncio
import json

import openai

EMAILS = [
    "Hi, this is Ana from Lisbon, reach me at ana@example.com",
    "Greetings from Tom in Oslo. tom@example.org",
    "Bea here (Berlin), bea@example.net",
]

SCHEMA = {
    "name": "save_contact",
    "description": "Save a contact found in an email",
    "parameters": {
        "type": "object",
        "properties": {"text": {"type": "string", "description": "the email text"}},
        "required": ["text"],
    },
}


async def extract(i, email):
    response = await openai.ChatCompletion.acreate(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": email}],
        functions=[SCHEMA],
        function_call={"name": "save_contact"},
        temperature=0,
    )
    message = response["choices"][0]["message"]
    call = message.get("function_call")
    args = json.loads(call["arguments"]) if call else {}
    return i, call["name"] if call else None, args


async def main():
    results = await asyncio.gather(*(extract(i, e) for i, e in enumerate(EMAILS)))
    for i, name, args in sorted(results):
        print(i, name, args.get("text", "")[:30])


asyncio.run(main())
