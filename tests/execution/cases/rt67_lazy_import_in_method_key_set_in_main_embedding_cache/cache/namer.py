from .embedder import Embedder


class Namer(Embedder):
    """Names a cluster of phrases with a short completion."""

    def name(self, phrases):
        import openai

        listing = ", ".join(phrases)
        result = openai.Completion.create(
            model="text-davinci-003",
            prompt=f"Give a two-word label for: {listing}\nLabel:",
            max_tokens=8,
        )
        return result["choices"][0]["text"].strip()
