from summarizer import summarize_document

TEXT = " ".join(f"Sentence number {i} describes step {i} of the onboarding process." for i in range(40))

final, n_parts, tokens = summarize_document(TEXT)
print("parts:", n_parts)
print("tokens:", tokens)
print(final[:100])
