import json

import openai

FUNCS = [{"name": "roll_dice", "description": "Roll dice",
          "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                         "required": ["text"]}}]
MAX_MESSAGES = 6


def roll_dice(text):
    return {"roll": sum(ord(c) for c in text) % 6 + 1}


def trim(history):
    """Keep the system prompt and the newest turns; never start with a function result."""
    system, rest = history[:1], history[1:]
    rest = rest[-(MAX_MESSAGES - 1):]
    while rest and rest[0]["role"] in ("function", "assistant"):
        rest = rest[1:]
    return system + rest


history = [{"role": "system", "content": "You are a game master."}]
for turn, user in enumerate(["roll for initiative", "roll to hit", "roll damage"], 1):
    history.append({"role": "user", "content": user})
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=trim(history),
                                     functions=FUNCS, function_call={"name": "roll_dice"})
    msg = r["choices"][0]["message"]
    history.append(msg)
    result = roll_dice(**json.loads(msg["function_call"]["arguments"]))
    history.append({"role": "function", "name": "roll_dice", "content": json.dumps(result)})
    r2 = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=trim(history))
    history.append(r2["choices"][0]["message"])
    print(turn, result, "|", r2["choices"][0]["message"]["content"])
print([m["role"] for m in trim(history)])
