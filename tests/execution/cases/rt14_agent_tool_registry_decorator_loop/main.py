import inspect
import json

import openai

TOOLS = {}
SCHEMAS = []


def tool(fn):
    """Register fn as a callable tool; its docstring is the description."""
    params = list(inspect.signature(fn).parameters)
    TOOLS[fn.__name__] = fn
    SCHEMAS.append({
        "name": fn.__name__,
        "description": inspect.getdoc(fn),
        "parameters": {
            "type": "object",
            "properties": {p: {"type": "string"} for p in params},
            "required": params,
        },
    })
    return fn


@tool
def search_notes(text):
    """Search the team's notes."""
    notes = ["deploy on fridays is banned", "standup at 9:30"]
    return [n for n in notes if any(w in n for w in text.lower().split())] or notes[:1]


@tool
def word_count(text):
    """Count words in a text."""
    return len(text.split())


def agent(task, first_tool, max_turns=4):
    messages = [
        {"role": "system", "content": "You are a helpful agent. Use tools when needed."},
        {"role": "user", "content": task},
    ]
    for turn in range(max_turns):
        kwargs = {"function_call": {"name": first_tool}} if turn == 0 else {}
        resp = openai.ChatCompletion.create(
            model="gpt-4-0613",
            messages=messages,
            functions=SCHEMAS,
            **kwargs,
        )
        msg = resp["choices"][0]["message"]
        if msg.get("function_call"):
            name = msg["function_call"]["name"]
            args = json.loads(msg["function_call"]["arguments"])
            out = TOOLS[name](**args)
            print(f"  [{turn}] {name}({args}) -> {out}")
            messages.append(msg)
            messages.append({"role": "function", "name": name, "content": json.dumps(out)})
        else:
            return msg["content"]
    return None


for task, first in [("when is standup", "search_notes"), ("count these four words", "word_count")]:
    print(task)
    print("=>", agent(task, first))
