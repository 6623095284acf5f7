import json

TOOLS = {}


def tool(schema):
    def register(fn):
        TOOLS[fn.__name__] = (fn, schema)
        return fn
    return register


@tool({"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]})
def word_count(text):
    return {"words": len(text.split())}


@tool({"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]})
def shout(text):
    return {"loud": text.upper()}


def function_specs():
    return [{"name": name, "description": f"the {name} tool", "parameters": schema}
            for name, (_, schema) in TOOLS.items()]


def call_tool(name, arguments):
    fn, _ = TOOLS[name]
    return json.dumps(fn(**json.loads(arguments)))
