"""Voice-assistant backend: streams the answer so the TTS can start early, but also accepts a
function call (set_timer) that arrives in pieces in the stream."""
import json
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

FUNCTIONS = [{
    "name": "set_timer",
    "description": "Set a kitchen timer",
    "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
}]


def run_turn(utterance, force_timer=False):
    stream = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": utterance}],
        functions=FUNCTIONS,
        function_call={"name": "set_timer"} if force_timer else "auto",
        stream=True,
    )
    spoken, fn_name, fn_args, finish = [], None, "", None
    for chunk in stream:
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "function_call" in delta:
            if "name" in delta["function_call"]:
                fn_name = delta["function_call"]["name"]
            fn_args += delta["function_call"].get("arguments", "")
        elif delta.get("content"):
            spoken.append(delta["content"])
        if choice["finish_reason"] is not None:
            finish = choice["finish_reason"]
    if fn_name:
        return f"CALL {fn_name}({json.loads(fn_args)}) finish={finish}"
    return f"SAY {''.join(spoken)!r} in {len(spoken)} pieces finish={finish}"


print(run_turn("What's the weather like on Mars?"))
print(run_turn("Set a timer for ten minutes", force_timer=True))
