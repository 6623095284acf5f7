import json
import os
import tempfile
from dataclasses import asdict, dataclass

import openai


@dataclass
class RunConfig:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.0
    max_tokens: int = 30


def run(config, prompts, out_dir):
    results = []
    for prompt in prompts:
        r = openai.ChatCompletion.create(
            model=config.model,
            temperature=config.temperature,
            max_tokens=config.max_tokens,
            messages=[{"role": "user", "content": prompt}],
        )
        results.append(r["choices"][0]["message"]["content"])
    with open(os.path.join(out_dir, "run.json"), "w") as fh:
        json.dump({"config": asdict(config), "results": results}, fh)
    return results


openai.api_key = os.environ["OPENAI_API_KEY"]
config = RunConfig()
print("config:", json.dumps(asdict(config), sort_keys=True))
with tempfile.TemporaryDirectory() as out:
    for line in run(config, ["Say hi", "Count to three"], out):
        print(line)
    with open(os.path.join(out, "run.json")) as fh:
        saved = json.load(fh)
print("saved results:", len(saved["results"]))
