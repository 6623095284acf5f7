import openai

from assistant.registry import model_for


def quick_answer(question):
    response = openai.ChatCompletion.create(
        model=model_for("fast"),
        messages=[{"role": "user", "content": question}],
    )
    return response["choices"][0]["message"]["content"]


def careful_answer(question):
    response = openai.ChatCompletion.create(
        model=model_for("smart"),
        messages=[
            {"role": "system", "content": "Think step by step."},
            {"role": "user", "content": question},
        ],
    )
    return response.choices[0].message.content, response.usage.total_tokens


def embed(texts):
    response = openai.Embedding.create(model=model_for("embeddings"), input=texts)
    return [item["embedding"] for item in response["data"]]
