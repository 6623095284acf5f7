from llm.base import Provider


class Local(Provider):
    name = "local"
    default_model = "tiny-local"

    def complete(self, prompt: str) -> str:
        return f"[{self.model}] {prompt[:12]}"
