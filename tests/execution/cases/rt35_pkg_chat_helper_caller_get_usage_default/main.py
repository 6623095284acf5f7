from llm import ask

QUESTIONS = [
    "What is the capital of Australia?",
    "Give me one tip for writing clean Python.",
]

spent = 0
for q in QUESTIONS:
    resp = ask(q)
    answer = resp["choices"][0]["message"]["content"].strip()
    usage = resp.get("usage", {})
    spent += usage.get("total_tokens", 0)
    print(f"> {q}\n{answer}\n  prompt={usage.get('prompt_tokens', 0)} completion={usage.get('completion_tokens', 0)}")
print("tokens spent:", spent)
