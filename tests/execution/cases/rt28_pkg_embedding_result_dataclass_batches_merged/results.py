from dataclasses import dataclass, field


@dataclass
class EmbeddingResult:
    vectors: list = field(default_factory=list)
    tokens: int = 0

    @classmethod
    def from_response(cls, response):
        rows = sorted(response["data"], key=lambda d: d["index"])
        return cls([r["embedding"] for r in rows], response["usage"]["total_tokens"])

    @classmethod
    def merge(cls, parts):
        merged = cls()
        for part in parts:
            merged.vectors.extend(part.vectors)
            merged.tokens += part.tokens
        return merged
