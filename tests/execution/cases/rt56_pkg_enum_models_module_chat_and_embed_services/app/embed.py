import openai

from app.models import EMBEDDING_DIMS, EmbeddingModel


def embed(texts, model: EmbeddingModel = EmbeddingModel.SIMILARITY):
    result = openai.Embedding.create(model=model.value, input=texts)
    vectors = [item["embedding"] for item in result["data"]]
    assert all(len(v) == EMBEDDING_DIMS[model] for v in vectors), "unexpected vector size"
    return vectors
