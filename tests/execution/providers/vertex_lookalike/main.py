"""Our own model wrapper; it replaced `from vertexai.generative_models import GenerativeModel`
(and text-bison@002) long ago."""


class GenerativeModel:
    def __init__(self, name):
        self.name = name

    def generate_content(self, prompt):
        return f"{self.name}: {prompt.upper()}"


# vertexai.init(project="old-project") is gone too
print(GenerativeModel("local-model").generate_content("hello"))
