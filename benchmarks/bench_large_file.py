"""Benchmark: what one large generated module costs to scan (the default --max-file-size).

    python benchmarks/bench_large_file.py                   # 8 MB of each shape
    python benchmarks/bench_large_file.py --mb 2 5 10 --fix

Generated modules come in three shapes: code (thousands of small classes, as API clients and
ORM models are generated), data (one literal table of tens of thousands of entries) and bytes
(a serialized descriptor, as protobuf's _pb2 modules hold). Each file names one retired model,
so the prefilter lets it through and detection parses it; `--call` adds a legacy
`openai.Completion.create` call, which makes the rewriter plan a fix. Each row is one
`gptmigrate scan --no-cache --max-file-size 0` process: wall time and peak RSS (wait4).
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import List

HEADER = '# generated\nimport openai\n\nMODEL = "gpt-4-vision-preview"\n\n'
CALL = ('\n\ndef ask(prompt):\n    reply = openai.Completion.create(model="text-davinci-003", '
        'prompt=prompt)\n    return reply["choices"][0]["text"]\n')


def generate(shape: str, size: int, call: bool) -> str:
    """A module of `shape` of about `size` characters (seeded: the same bytes everywhere)."""
    parts: List[str] = [HEADER]
    total = len(HEADER)
    number = 0
    if shape == "bytes":
        rng = random.Random(7)
        chunk = "".join("\\x%02x" % rng.randrange(256) for _ in range(10_000))
        parts.append("DESCRIPTOR = b'")
        while total < size:
            parts.append(chunk)
            total += len(chunk)
        parts.append("'\n")
    elif shape == "data":
        parts.append("TABLE = [\n")
        while total < size:
            row = (f"    {{'id': {number}, 'label': 'item-{number}', 'weight': {number / 2}, "
                   f"'tags': ['a', 'b']}},\n")
            parts.append(row)
            total += len(row)
            number += 1
        parts.append("]\n")
    else:
        while total < size:
            block = (f"class Model{number}:\n    \"\"\"Generated model {number}.\"\"\"\n\n"
                     f"    types = {{'id': 'str', 'value_{number}': 'int'}}\n\n"
                     f"    def __init__(self, id=None, value=None):\n        self._id = id\n"
                     f"        self._value = value\n\n    def to_dict(self):\n"
                     f"        return {{'id': self._id, 'value': self._value}}\n\n\n")
            parts.append(block)
            total += len(block)
            number += 1
    if call:
        parts.append(CALL)
    return "".join(parts)


def measure(path: Path, fix: bool) -> str:
    command = [sys.executable, "-m", "gptmigrate", "scan", "--isolated", "--no-cache",
               "--max-file-size", "0", str(path)] + (["--fix", "--unsafe-fixes"] if fix else [])
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return f"{elapsed:7.2f} s {usage.ru_maxrss / 1024:7.0f} MiB  exit {os.waitstatus_to_exitcode(status)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[8.0])
    parser.add_argument("--shapes", nargs="+", default=["code", "data", "bytes"])
    parser.add_argument("--fix", action="store_true", help="measure --fix --unsafe-fixes too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'shape':<12} {'MB':>5} {'mode':<5} {'wall':>9} {'peak RSS':>11}")
        for mb in args.mb:
            for shape in args.shapes:
                for call in (False, True):
                    name = shape + ("+call" if call else "")
                    text = generate(shape, int(mb * 1024 * 1024), call)
                    path = Path(folder) / f"{shape}.py"
                    for fix in (False, True) if args.fix else (False,):
                        path.write_text(text, encoding="utf-8")
                        print(f"{name:<12} {len(text) / 2**20:5.1f} {'fix' if fix else 'scan':<5} "
                              f"{measure(path, fix)}", flush=True)


if __name__ == "__main__":
    main()
