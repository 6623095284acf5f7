"""openai.embeddings_utils (GM204, removed in openai-python 1.0) -> the module's own functions.

`from openai.embeddings_utils import get_embedding, cosine_similarity` becomes definitions of
those functions in the module, written as 0.28.1 wrote them but on the client API:
`get_embedding(text, engine, **kwargs)` calls `client.embeddings.create(input=[text],
model=engine, **kwargs)` on a client made from openai's settings as they are when it runs (as
0.x read them); `cosine_similarity`, `distances_from_embeddings` and
`indices_of_nearest_neighbors_from_distances` were numpy/scipy arithmetic (0.x's module
imported both, and more, which openai>=1 does not install): the first two are written in plain
Python, the third keeps numpy's argsort (its result is an array) and its fix says to require
numpy. Every call of an embedding function must name its model (0.x's
defaults, text-similarity-*-001, are retired); 0.x's tenacity retry becomes the client's own
retries (two by default). Anything else (async helpers, the plotting functions, the module
imported whole, an Azure module) stays manual. Fixtures: tests/fixtures/GM204-removed-sdk-helper.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Dict, Optional

from gptmigrate.types import Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.semantic import Semantics

CODE = "GM204"
FIXTURES = ("GM204-removed-sdk-helper",)
MODULE = "openai.embeddings_utils"
_CLIENT = ("    import openai\n\n"
           "    client = openai.OpenAI(api_key=openai.api_key,\n"
           "                           organization=openai.organization or None,\n"
           "                           base_url=openai.base_url)\n")
# name -> (its definition with {name} for the name it is bound to, whether it sends a model)
FUNCTIONS: Dict[str, tuple] = {
    "get_embedding": (
        "def {name}(text, engine, **kwargs):\n"
        "    \"\"\"openai<1's embeddings_utils.get_embedding, on openai>=1's client.\"\"\"\n"
        + _CLIENT +
        "    text = text.replace(\"\\n\", \" \")\n"
        "    return client.embeddings.create(input=[text], model=engine, **kwargs)"
        ".data[0].embedding\n", True),
    "get_embeddings": (
        "def {name}(list_of_text, engine, **kwargs):\n"
        "    \"\"\"openai<1's embeddings_utils.get_embeddings, on openai>=1's client.\"\"\"\n"
        "    assert len(list_of_text) <= 2048, \"The batch size should not be larger than "
        "2048.\"\n"
        + _CLIENT +
        "    list_of_text = [text.replace(\"\\n\", \" \") for text in list_of_text]\n"
        "    data = client.embeddings.create(input=list_of_text, model=engine, **kwargs).data\n"
        "    return [d.embedding for d in data]\n", True),
    "cosine_similarity": (
        "def {name}(a, b):\n"
        "    \"\"\"openai<1's embeddings_utils.cosine_similarity (numpy's arithmetic, in Python).\"\"\"\n"
        "    import math\n\n"
        "    return sum(x * y for x, y in zip(a, b)) / (\n"
        "        math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))\n", False),
    "distances_from_embeddings": (
        "def {name}(query_embedding, embeddings, distance_metric=\"cosine\"):\n"
        "    \"\"\"openai<1's embeddings_utils.distances_from_embeddings (scipy's metrics, in "
        "Python).\"\"\"\n"
        "    import math\n\n"
        "    def cosine(u, v):\n"
        "        dot = sum(x * y for x, y in zip(u, v))\n"
        "        return 1.0 - dot / (math.sqrt(sum(x * x for x in u))\n"
        "                            * math.sqrt(sum(y * y for y in v)))\n\n"
        "    distance_metrics = {{\n"
        "        \"cosine\": cosine,\n"
        "        \"L1\": lambda u, v: sum(abs(x - y) for x, y in zip(u, v)),\n"
        "        \"L2\": lambda u, v: math.sqrt(sum((x - y) ** 2 for x, y in zip(u, v))),\n"
        "        \"Linf\": lambda u, v: max(abs(x - y) for x, y in zip(u, v)),\n"
        "    }}\n"
        "    return [distance_metrics[distance_metric](query_embedding, embedding)\n"
        "            for embedding in embeddings]\n", False),
    "indices_of_nearest_neighbors_from_distances": (
        "def {name}(distances):\n"
        "    \"\"\"openai<1's embeddings_utils.indices_of_nearest_neighbors_from_distances.\"\"\"\n"
        "    import numpy as np\n\n"
        "    return np.argsort(distances)\n", False),
}


def import_fix(sem: "Semantics", finding: Finding) -> Finding:
    """The fix of a GM204 finding on `from openai.embeddings_utils import ...`."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    statement = next((node for node in sem.tree.body if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is None or statement.module != MODULE or statement.level:
        return finding
    problem = _problem(sem, statement)
    if problem:
        return replace(finding, message=f"{finding.message}. Not rewritten: {problem}")
    newline = sem.newline
    definitions = [FUNCTIONS[alias.name][0].format(name=alias.asname or alias.name)
                   for alias in statement.names]
    begin, end = sem.span(statement)
    code = ("\n\n" if begin else "") + "\n\n".join(definitions)  # blank lines around them
    code = code.replace("\n", newline)
    numpy = " (indices_of_nearest_neighbors_from_distances still needs numpy, which " \
        "openai>=1 does not install: require it)" if any(
            alias.name == "indices_of_nearest_neighbors_from_distances"
            for alias in statement.names) else ""
    fix = Fix(FixSafety.UNSAFE, (sem.edit(begin, end, code),),
              f"Define {', '.join(a.asname or a.name for a in statement.names)} in the module "
              f"(openai>=1 has no openai.embeddings_utils): as 0.28.1 wrote them, on the client "
              f"API, numpy's and scipy's arithmetic in plain Python{numpy}; the client's own "
              f"retries replace 0.x's tenacity retry")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _problem(sem: "Semantics", statement: ast.ImportFrom) -> Optional[str]:
    """Why the import cannot become definitions, or None."""
    unknown = [alias.name for alias in statement.names if alias.name not in FUNCTIONS]
    if unknown:
        return (f"openai>=1 has no {', '.join(unknown)}: copy what the code needs from "
                f"openai 0.28.1's embeddings_utils.py, or use numpy/scipy/sklearn directly")
    if sem.module_facts().sets_azure():
        return ("the module runs on Azure: define the helpers on an AzureOpenAI client "
                "(model=<deployment>) by hand")
    for alias in statement.names:
        name = alias.asname or alias.name
        key = (sem.names.module, name)
        if len(sem.sites(key)) != 1:
            return f"{name} is also bound elsewhere in the module; define it by hand"
        if not FUNCTIONS[alias.name][1]:
            continue
        for read in sem.reads(key):
            call = sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read):
                return (f"{name} is passed as a value on line {read.lineno}, so calls may rely "
                        f"on its retired default model: call it with engine= by hand")
            if not (len(call.args) >= 2 or any(k.arg == "engine" for k in call.keywords)):
                return (f"the call on line {call.lineno} relies on {name}'s default model "
                        f"(text-similarity-*-001, retired): pass engine=<a served embedding "
                        f"model>, then run again")
    return None


__all__ = ["CODE", "FIXTURES", "FUNCTIONS", "import_fix"]
