import openai

from config import CONFIG


def answer(question):
    reply = openai.ChatCompletion.create(
        model=CONFIG.chat_model,
        messages=[
            {"role": "system", "content": CONFIG.system_prompt},
            {"role": "user", "content": question},
        ],
    )
    return reply["choices"][0]["message"]["content"]


def vector_size(text):
    emb = openai.Embedding.create(model=CONFIG.embedding_model, input=text)
    return len(emb["data"][0]["embedding"])


if __name__ == "__main__":
    print(answer("Do you repair e-bikes?"))
    print(vector_size("Do you repair e-bikes?"))
