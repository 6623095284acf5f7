FUNCTIONS = [
    {
        "name": "create_ticket",
        "description": "Open a support ticket",
        "parameters": {
            "type": "object",
            "properties": {"text": {"type": "string", "description": "the customer's words"}},
            "required": ["text"],
        },
    },
    {
        "name": "lookup_order",
        "description": "Find an order",
        "parameters": {"type": "object", "properties": {"text": {"type": "string"}}},
    },
]
