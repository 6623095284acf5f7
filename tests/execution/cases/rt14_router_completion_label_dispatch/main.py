import openai

ROUTER_PROMPT = """Classify the user request into one of: weather, math, smalltalk.
Request: {text}
Category:"""


def handle_weather(text):
    return "It is sunny."


def handle_math(text):
    return str(eval(text.split(":")[-1], {"__builtins__": {}}))


def handle_smalltalk(text):
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        max_tokens=20,
    )
    return r.choices[0].message.content


HANDLERS = {"weather": handle_weather, "math": handle_math, "smalltalk": handle_smalltalk}


def route(text):
    resp = openai.Completion.create(
        model="text-curie-001",
        prompt=ROUTER_PROMPT.format(text=text),
        max_tokens=3,
        temperature=0,
    )
    label = resp.choices[0].text.strip().lower()
    for name in HANDLERS:
        if name in label:
            return name, HANDLERS[name](text)
    return "smalltalk", handle_smalltalk(text)


for text in ["weather: will it rain", "compute: 6*7", "hello there friend"]:
    print(route(text))
