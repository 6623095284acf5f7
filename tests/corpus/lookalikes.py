"""Nothing in this file is a use of a legacy model or API.

Historic notes: we called openai.Completion.create(engine="text-davinci-003") in 2022.
"""
import enum

import anthropic
from sqlalchemy import create_engine

# model = "text-davinci-003"  (commented out)
"text-davinci-003 was the default until 2023"
DESCRIPTION = "Migrated from text-davinci-003 to a chat model."
TEMPLATE = f"{PREFIX}text-davinci-003"
HELP = "e.g. davinci or curie"
PAINTER = "davinci"
WIFE_OF_PIERRE = "curie"
COUNTESS = "ada"
CHANNEL = "o1"
MODEL_PATH = "davinci"
engine = create_engine("sqlite://")


class Scientist(enum.Enum):
    ADA = "ada"
    CURIE = "curie"
    BABBAGE = "babbage"


def describe(person):
    """Return text-davinci-003 style prose."""
    if person == "davinci":
        return "painter"
    return {"ada": "mathematician", "curie": "physicist"}.get(person, "unknown")


claude = anthropic.Anthropic()
old_style = claude.completions.create(model=CLAUDE, max_tokens_to_sample=300, prompt="x")


MODEL_FAMILY = "davinci"
MODEL_PRICES = {"davinci": 0.02, "curie": 0.002}
SECTIONS = ["o1", "o2", "o3"]
report = render(model_type="curie", title="ada")
error = RuntimeError("openai.error.RateLimitError is gone")


class FineTune:
    def create(self, **kwargs):
        return kwargs


FineTune().create(model_kind="babbage")


# Weaviate's text2vec-openai module: a model family the version completes
# (text-embedding-ada-002), not an OpenAI model id.
WEAVIATE_VECTORIZER = {"text2vec-openai": {"model": "ada", "modelVersion": "002", "type": "text"}}
