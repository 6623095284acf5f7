from llm import ask

for q in ["What is BigQuery?", "What is Cloud Run?"]:
    print(f"Q: {q}")
    print(f"A: {ask(q)}")
