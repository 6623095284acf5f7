from reader.qa import ask_document

DOCUMENT = " ".join(f"word{i}" for i in range(5000))
budget, answer = ask_document(DOCUMENT, "How many words are there?")
print(f"budget: {budget} words")
print(answer)
