"""Our 'backend' the assistant may call (a dict instead of the Postgres table)."""

ORDERS = {
    "A-1001": {"status": "shipped", "carrier": "DHL", "eta": "2023-07-14"},
    "A-1002": {"status": "processing", "carrier": None, "eta": None},
}

FUNCTIONS = [
    {
        "name": "lookup_order",
        "description": "Look up the status of a customer's order",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string", "description": "The customer's message"}},
            "required": ["text"],
        },
    }
]


def lookup_order(text):
    for order_id, order in ORDERS.items():
        if order_id in text:
            return {"order_id": order_id, **order}
    return {"error": "no order id found"}


AVAILABLE = {"lookup_order": lookup_order}
