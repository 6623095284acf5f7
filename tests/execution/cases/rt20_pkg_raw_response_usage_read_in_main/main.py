from app.llm import ChatBot

bot = ChatBot("You answer questions about houseplants.")
total = 0
for q in ["How often should I water a monstera?", "Is a snake plant safe for cats?"]:
    resp = bot.complete(q)
    answer = resp["choices"][0]["message"]["content"]
    tokens = resp["usage"]["total_tokens"]
    total += tokens
    print(f"Q: {q}\nA: {answer}\n({tokens} tokens, finish={resp['choices'][0]['finish_reason']})")
print("total tokens:", total)
