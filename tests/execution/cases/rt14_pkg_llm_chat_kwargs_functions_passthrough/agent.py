from llm import chat
from tools import FUNCTIONS, call


def ask(question):
    messages = [{"role": "user", "content": question}]
    message = chat(messages, functions=FUNCTIONS, function_call={"name": "get_stock_price"})
    if message.get("function_call"):
        messages.append(message)
        messages.append({"role": "function", "name": message["function_call"]["name"],
                         "content": call(message["function_call"])})
        message = chat(messages, functions=FUNCTIONS, function_call="none")
    return message["content"]
