import openai

PASSAGE = """The Eiffel Tower was completed in 1889 for the World's Fair in Paris.
It is 330 metres tall and was the tallest man-made structure for 41 years."""

QA_TEMPLATE = """Answer the question as truthfully as possible using the provided text, and if the answer is not contained within the text below, say "I don't know"

Context:
{context}

Q: {question}
A:"""

QUESTIONS = ["When was the tower completed?", "", "How tall is it?"]


def answer_question(question, context=PASSAGE):
    prompt = QA_TEMPLATE.format(context=context, question=question)
    resp = openai.Completion.create(
        prompt=prompt,
        temperature=0,
        max_tokens=300,
        model="text-davinci-003",
    )
    answer = resp["choices"][0]["text"].strip(" \n")
    return answer or "I don't know"


for q in QUESTIONS:
    ans = answer_question(q)
    print(f"Q: {q or '(empty)'}")
    print(f"A: {ans.splitlines()[-1]}")
    print(f"   ({len(ans.splitlines())} lines)")
