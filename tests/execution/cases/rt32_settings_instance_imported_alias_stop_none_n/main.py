from bot import reply

history = [{"role": "system", "content": "You are a friendly barista."}]
for text in ["Hi! What do you recommend?", "Something without caffeine?"]:
    history.append({"role": "user", "content": text})
    answer = reply(history)
    history.append({"role": "assistant", "content": answer})
    print("barista:", answer)
