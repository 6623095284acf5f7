import openai

QUESTIONS = ["Is the sky blue? Answer yes or no.", "Is fire cold? Answer yes or no."]

for question in QUESTIONS:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=question + "\nAnswer:",
        max_tokens=1,
        temperature=0,
        logprobs=5,
    )
    choice = response["choices"][0]
    answer = choice["text"].strip()
    logprobs = choice.get("logprobs")
    if logprobs and logprobs.get("top_logprobs"):
        alternatives = sorted(logprobs["top_logprobs"][0].items(), key=lambda kv: -kv[1])
        print(question, "->", answer, "alternatives:", [tok for tok, _ in alternatives])
    else:
        print(question, "->", answer, "(no logprobs)")
