from spend.api import chat, embed, tracker

print(chat("Write a haiku about invoices"))
print(chat("Review this function name: get_data_2_final", model="gpt-4"))
vectors = embed(["first invoice line", "second invoice line", "tax"])
print(len(vectors), len(vectors[0]))
print(f"calls: {tracker.calls}, spend: ${tracker.total:.6f}")
