class GenerativeModel:
    def __init__(self, name):
        self.name = name

    def generate_content(self, prompt):
        return f"{self.name}: {prompt[::-1]}"


def configure(api_key=None):
    return {"api_key": api_key}


def embed_content(model, content):
    return {"embedding": [len(content), len(model)]}


configure(api_key="local")
print(GenerativeModel("gemini-1.5-flash").generate_content("abc"))
print(embed_content(model="local-embedder", content="hello")["embedding"])
