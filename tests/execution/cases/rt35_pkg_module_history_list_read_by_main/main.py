import llm

print(llm.complete("Rewrite politely: send me the file."))
print(llm.complete("Rewrite politely: you are late again."))
total = sum(r["usage"]["total_tokens"] for r in llm.HISTORY)
print("calls:", len(llm.HISTORY), "tokens:", total)
print("last finish:", llm.HISTORY[-1]["choices"][0]["finish_reason"])
