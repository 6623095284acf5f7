"""What the React frontend does with the proxy's answers."""
import json

from server import chat_proxy

conversation = [{"role": "user", "content": "Give me a fun fact about octopuses"}]
for request in ({"messages": conversation}, {"messages": conversation, "max_tokens": 4},
                {"messages": conversation}, {"model": "gpt-4", "messages": conversation}):
    status, body = chat_proxy(request)
    data = json.loads(body)
    if status != 200:
        print(status, data["error"])
        continue
    choice = data["choices"][0]
    print(status, data["object"], data["cached"], choice["finish_reason"],
          repr(choice["message"]["content"]), data["usage"]["total_tokens"])
