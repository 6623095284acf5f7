import openai

MODEL = "text-davinci-003"
CONTEXT_LIMIT = 4097


def estimate_tokens(text):
    return len(text) // 4 + 1


def answer(question, context):
    prompt = f"Answer the question using the context.\n\nContext: {context}\n\nQuestion: {question}\nAnswer:"
    budget = CONTEXT_LIMIT - estimate_tokens(prompt)
    response = openai.Completion.create(
        model=MODEL,
        prompt=prompt,
        max_tokens=min(256, budget),
        temperature=0,
    )
    return response["choices"][0]["text"].strip(), response["choices"][0]["finish_reason"]


print(answer("Who wrote Hamlet?", "Hamlet is a tragedy written by William Shakespeare."))
