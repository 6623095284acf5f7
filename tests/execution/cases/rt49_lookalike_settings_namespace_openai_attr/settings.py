"""App settings, grouped per provider as namespaces (loaded from YAML in production)."""
from types import SimpleNamespace

openai = SimpleNamespace(
    api_type="azure",
    api_base="https://contoso.openai.azure.com/",
    api_version="2023-03-15-preview",
    engine="text-davinci-003",
    deployment_id="davinci",
)
search = SimpleNamespace(api_version="2023-07-01-preview", index="docs")


def override(namespace, **values):
    for key, value in values.items():
        setattr(namespace, key, value)
    return namespace
