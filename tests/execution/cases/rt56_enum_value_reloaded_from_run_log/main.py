"""Replays the questions of earlier runs, each with the model it used then."""
import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import openai

LOG = Path(__file__).with_name("runs.jsonl")


class ChatModel(str, Enum):
    GPT35_TURBO = "gpt-3.5-turbo"
    GPT4 = "gpt-4"


@dataclass(frozen=True)
class RunRecord:
    run: int
    model: ChatModel
    question: str

    @classmethod
    def from_json(cls, line: str) -> "RunRecord":
        raw = json.loads(line)
        return cls(raw["run"], ChatModel(raw["model"]), raw["question"])


def replay(record: RunRecord) -> str:
    response = openai.ChatCompletion.create(
        model=record.model.value,
        messages=[{"role": "user", "content": record.question}],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    for line in LOG.read_text().splitlines():
        record = RunRecord.from_json(line)
        print(record.run, record.model.name, replay(record))
