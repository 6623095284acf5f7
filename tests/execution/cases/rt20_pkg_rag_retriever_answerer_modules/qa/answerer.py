import openai

from qa.settings import CHAT_MODEL


class Answerer:
    def __init__(self, retriever, model=CHAT_MODEL):
        self.retriever = retriever
        self.model = model

    def answer(self, question):
        context = "\n".join(f"- {d}" for d in self.retriever.top(question))
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Answer only from the context."},
                {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
            ],
            temperature=0,
        )
        return response.choices[0].message.content, response.usage.prompt_tokens
