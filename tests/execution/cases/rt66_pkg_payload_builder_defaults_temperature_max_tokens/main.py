from llm.payloads import chat_payload, user
from llm.transport import send

questions = ["Is 17 prime?", "Is 21 prime?"]
for q in questions:
    data = send(chat_payload([user(q)], max_tokens=8))
    choice = data["choices"][0]
    print(q, "->", choice["message"]["content"], "|", choice["finish_reason"])
