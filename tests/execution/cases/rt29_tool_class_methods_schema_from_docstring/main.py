import inspect
import json

import openai


class Toolbox:
    def word_count(self, text):
        """Count the words of a text."""
        return len(text.split())

    def shout(self, text):
        """Return the text in upper case."""
        return text.upper()

    def schemas(self):
        specs = []
        for name, fn in inspect.getmembers(self, inspect.ismethod):
            if name.startswith("_") or name == "schemas":
                continue
            params = list(inspect.signature(fn).parameters)
            specs.append({
                "name": name,
                "description": inspect.getdoc(fn),
                "parameters": {
                    "type": "object",
                    "properties": {p: {"type": "string"} for p in params},
                    "required": params,
                },
            })
        return specs


def route(request):
    return "word_count" if "count" in request else "shout"


def handle(toolbox, request):
    name = route(request)
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": request}],
        functions=toolbox.schemas(),
        function_call={"name": name},
    )
    call = completion.choices[0].message.function_call
    arguments = json.loads(call.arguments)
    return call.name, getattr(toolbox, call.name)(**arguments)


box = Toolbox()
print([s["name"] for s in box.schemas()])
for req in ["please count these words for me", "make this loud"]:
    print(handle(box, req))
