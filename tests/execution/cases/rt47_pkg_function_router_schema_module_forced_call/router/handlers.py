import json

TICKETS = []


def create_ticket(text):
    TICKETS.append(text)
    return {"ticket": len(TICKETS), "words": len(text.split())}


def lookup_order(text):
    digits = "".join(ch for ch in text if ch.isdigit())
    return {"order": digits or None, "status": "shipped" if digits else "unknown"}


HANDLERS = {"create_ticket": create_ticket, "lookup_order": lookup_order}


def dispatch(function_call):
    handler = HANDLERS[function_call["name"]]
    arguments = json.loads(function_call["arguments"])
    return json.dumps(handler(**arguments))
