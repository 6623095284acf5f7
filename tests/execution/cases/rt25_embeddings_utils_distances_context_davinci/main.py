"""Ask questions about a small knowledge base (crawl-and-answer tutorial style, no pandas)."""
import openai
from openai.embeddings_utils import distances_from_embeddings

EMBED_ENGINE = "text-embedding-ada-002"

PAGES = [
    "OpenAI was founded in December 2015 as a non-profit research lab.",
    "The company released GPT-3 in June 2020 through a private beta of its API.",
    "ChatGPT launched on November 30, 2022 and reached a million users in five days.",
    "DALL-E 2 generates images from natural language descriptions.",
    "Whisper is a speech recognition model released as open source in September 2022.",
]

rows = []
for text in PAGES:
    emb = openai.Embedding.create(input=text, engine=EMBED_ENGINE)["data"][0]["embedding"]
    rows.append({"text": text, "n_tokens": len(text.split()), "embeddings": emb})


def create_context(question, max_len=40):
    q_embeddings = openai.Embedding.create(input=question, engine=EMBED_ENGINE)["data"][0]["embedding"]
    distances = distances_from_embeddings(q_embeddings, [r["embeddings"] for r in rows],
                                          distance_metric="cosine")
    returns = []
    cur_len = 0
    for dist, row in sorted(zip(distances, rows), key=lambda pair: pair[0]):
        cur_len += row["n_tokens"] + 4
        if cur_len > max_len:
            break
        returns.append(row["text"])
    return "\n\n###\n\n".join(returns)


def answer_question(question, model="text-davinci-003", max_len=40, debug=False):
    context = create_context(question, max_len=max_len)
    if debug:
        print("Context:\n" + context)
        print("\n\n")
    try:
        response = openai.Completion.create(
            prompt=f"Answer the question based on the context below, and if the question can't be answered based on the context, say \"I don't know\"\n\nContext: {context}\n\n---\n\nQuestion: {question}\nAnswer:",
            temperature=0,
            max_tokens=150,
            top_p=1,
            frequency_penalty=0,
            presence_penalty=0,
            stop=None,
            model=model,
        )
        return response["choices"][0]["text"].strip()
    except Exception as e:
        print(e)
        return ""


print(answer_question("When did ChatGPT launch?", debug=True))
print(answer_question("What is Whisper?"))
