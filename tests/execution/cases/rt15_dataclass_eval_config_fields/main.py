from dataclasses import dataclass, field

import openai


@dataclass
class EvalConfig:
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 24
    system_prompt: str = "You are a helpful math tutor."
    questions: list = field(default_factory=lambda: ["What is 7 + 5?", "What is 9 * 3?"])


def run(cfg):
    outputs = []
    for q in cfg.questions:
        resp = openai.ChatCompletion.create(
            model=cfg.model,
            messages=[
                {"role": "system", "content": cfg.system_prompt},
                {"role": "user", "content": q},
            ],
            max_tokens=cfg.max_tokens,
        )
        outputs.append(resp["choices"][0]["message"]["content"])
    return outputs


if __name__ == "__main__":
    cfg = EvalConfig()
    for q, out in zip(cfg.questions, run(cfg)):
        print(f"{q} {out}")
