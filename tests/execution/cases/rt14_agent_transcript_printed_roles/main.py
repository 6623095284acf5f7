import json

import openai

FUNCS = [{"name": "add", "description": "add numbers in a text",
          "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}]


def add(text):
    return sum(int(t) for t in text.split() if t.isdigit())


messages = [{"role": "user", "content": "add 2 and 3"}]
for forced in ({"name": "add"}, "none"):
    resp = openai.ChatCompletion.create(model="gpt-3.5-turbo-0613", messages=messages,
                                        functions=FUNCS, function_call=forced)
    msg = resp["choices"][0]["message"]
    messages.append(msg)
    if msg.get("function_call"):
        value = add(**json.loads(msg["function_call"]["arguments"]))
        messages.append({"role": "function", "name": "add", "content": str(value)})

print("--- transcript ---")
for m in messages:
    call = m.get("function_call")
    shown = f"call {call['name']}" if call else m["content"]
    print(f"{m['role']:>9}: {shown}")
print(len(json.dumps(messages)))
