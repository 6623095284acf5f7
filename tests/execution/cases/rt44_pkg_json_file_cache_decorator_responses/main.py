from faqbot.llm import answer, complete

for question in ("How do I change my plan?", "Where is my invoice?", "How do I change my plan?"):
    text, tokens = answer(question)
    print(f"{text} ({tokens} tokens)")
print("cached responses:", complete.entries)
