import os

import openai


def load_dotenv(path):
    """Tiny .env loader (we did not want another dependency)."""
    if not os.path.exists(path):
        return
    with open(path) as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            os.environ.setdefault(key.strip(), value.strip())


load_dotenv(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".env"))
openai.api_key = os.getenv("OPENAI_API_KEY")
MODEL = os.getenv("OPENAI_MODEL", "gpt-3.5-turbo")
MAX_TOKENS = int(os.getenv("OPENAI_MAX_TOKENS", "100"))


def explain(term):
    res = openai.ChatCompletion.create(
        model=MODEL,
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": f"Explain {term} in plain words for a beginner audience please"}],
    )
    return res.choices[0].message.content, res.choices[0].finish_reason


for term in ["DNS", "TLS"]:
    text, why = explain(term)
    print(term, "->", text, f"[{why}]")
