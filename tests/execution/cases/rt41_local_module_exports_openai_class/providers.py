"""The app's provider registry (cost per 1K tokens, display names)."""


class Provider:
    name = "base"
    price_per_1k = 0.0

    def cost(self, tokens):
        return round(tokens / 1000 * self.price_per_1k, 6)


class OpenAI(Provider):
    name = "OpenAI"
    price_per_1k = 0.002


class Local(Provider):
    name = "local"
