import json

import openai

schema = [{"name": "lookup", "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}}]
for forced in (None, {"name": "lookup"}):
    kwargs = dict(model="gpt-3.5-turbo-0613",
                  messages=[{"role": "user", "content": "find the docs"}], functions=schema)
    if forced:
        kwargs["function_call"] = forced
    reply = openai.ChatCompletion.create(**kwargs)["choices"][0]["message"]
    if "function_call" in reply:
        print("calls", reply["function_call"]["name"], json.loads(reply.function_call.arguments))
    else:
        print("says", json.dumps(reply.to_dict(), sort_keys=True))
