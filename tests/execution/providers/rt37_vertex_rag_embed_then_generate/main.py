import vertexai
from vertexai.generative_models import GenerativeModel
from vertexai.language_models import TextEmbeddingModel

vertexai.init(project="demo-project", location="us-central1")

embedder = TextEmbeddingModel.from_pretrained("textembedding-gecko@003")
llm = GenerativeModel("gemini-3.5-flash")

FACTS = ["Our office opens at 9am.", "Parking is free on weekends.", "The cafe sells bagels."]
fact_vectors = [e.values for e in embedder.get_embeddings(FACTS)]


def answer(question):
    q = embedder.get_embeddings([question])[0].values
    scores = [sum(a * b for a, b in zip(q, v)) for v in fact_vectors]
    context = FACTS[scores.index(max(scores))]
    prompt = f"Context: {context}\nQuestion: {question}"
    return llm.generate_content(prompt).text


print(answer("When does the office open?"))
