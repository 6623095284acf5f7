from dataclasses import asdict

from llm import Chat

chat = Chat()
for limit in (200, 3):
    result = chat.run("List the planets of the solar system in order", max_tokens=limit)
    print(asdict(result), result.total_tokens)
