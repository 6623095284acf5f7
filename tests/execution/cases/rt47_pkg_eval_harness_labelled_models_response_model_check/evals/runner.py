import openai

from . import config, dataset, scoring


class ModelMismatch(Exception):
    pass


def run_model(model):
    scores, tokens, truncated = [], 0, 0
    for prompt, expected in dataset.CASES:
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=config.MAX_TOKENS,
            temperature=config.TEMPERATURE,
        )
        if response["model"] != model:
            raise ModelMismatch(f"asked {model}, served {response['model']}")
        choice = response["choices"][0]
        scores.append(scoring.exact_contains(choice["message"]["content"], expected))
        tokens += response["usage"]["completion_tokens"]
        truncated += choice["finish_reason"] == "length"
    return scoring.mean(scores), tokens, truncated


def run_all():
    rows = []
    for label, model in config.MODELS.items():
        rows.append((label,) + run_model(model))
    return rows
