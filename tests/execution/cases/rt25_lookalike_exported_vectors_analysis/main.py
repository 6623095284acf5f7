"""Compare embedding models on vectors exported earlier (no API calls: reads a local fixture)."""
import json
import math

EXPORT = json.loads("""
{
  "text-similarity-ada-001": {"dim": 1024, "pairs": [[0.91, 0.12], [0.88, 0.30]]},
  "text-embedding-ada-002": {"dim": 1536, "pairs": [[0.93, 0.71], [0.90, 0.75]]},
  "text-search-curie-doc-001": {"dim": 4096, "pairs": [[0.85, 0.20], [0.80, 0.25]]}
}
""")


class Embedding:
    """Rows of the export, one per model."""

    def __init__(self, model, dim, pairs):
        self.model, self.dim, self.pairs = model, dim, pairs

    @classmethod
    def create(cls, model):
        row = EXPORT[model]
        return cls(model, row["dim"], row["pairs"])

    def margin(self):
        return sum(a - b for a, b in self.pairs) / len(self.pairs)


for name in sorted(EXPORT):
    emb = Embedding.create(model=name)
    print(f"{emb.model:28s} dim={emb.dim:5d} margin={emb.margin():.3f} log2={math.log2(emb.dim):.1f}")
