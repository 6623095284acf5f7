import json

from . import tools
from .llm import call


def run(task, schedule):
    messages = [{"role": "system", "content": "You manage notes."},
                {"role": "user", "content": task}]
    for force in schedule:
        response = call(messages, tools.SPECS, force=force)
        message = response["choices"][0]["message"]
        messages.append(message)
        if "function_call" not in message:
            return message["content"], len(messages)
        name = message["function_call"]["name"]
        result = getattr(tools, name)(**json.loads(message["function_call"]["arguments"]))
        messages.append({"role": "function", "name": name, "content": json.dumps(result)})
    return None, len(messages)
