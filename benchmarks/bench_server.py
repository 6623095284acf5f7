"""Benchmark: how fast `gptmigrate server` answers an editor, through a real LSP client.

    python benchmarks/bench_server.py              # 20 edits, a 6,000-function buffer
    python benchmarks/bench_server.py --edits 50 --functions 12000

Starts the installed console script as an editor does (pygls's client over stdio, the test
suite's `tests/lsp_session.py`) in examples/legacy_app, then prints: the time to the initialize
answer; to the first diagnostics of assistant.py; from each edit (a line appended) to its
diagnostics (median, min, max); for a large generated buffer (one finding per function), from
opening to its diagnostics; and a code-action round trip on assistant.py while nothing runs.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from lsp_session import Session  # noqa: E402 - the tests' client, not an installed module

PROJECT = ROOT / "examples" / "legacy_app"


def big_buffer(functions: int) -> str:
    return "import openai\n" + "".join(
        f'def f{n}(client):\n    return client.chat.completions.create('
        f'model="gpt-4-vision-preview", messages=[])\n' for n in range(functions))


async def measure(edits: int, functions: int) -> None:
    command = shutil.which("gptmigrate") or str(Path(sys.executable).parent / "gptmigrate")
    session = Session()
    started = time.perf_counter()
    await session.start([command, "server"], PROJECT)
    initialized = time.perf_counter()
    uri = (PROJECT / "assistant.py").as_uri()
    text = (PROJECT / "assistant.py").read_text()
    session.open(uri, text)
    await session.diagnostics(uri)
    first = time.perf_counter()
    waits = []
    for number in range(edits):
        session.change(uri, text + f"\nEDIT_{number} = {number}\n")
        edited = time.perf_counter()
        await session.diagnostics(uri, number + 2)
        waits.append(time.perf_counter() - edited)
    action_start = time.perf_counter()
    actions = await session.actions(uri, 11)
    action = time.perf_counter() - action_start
    large = big_buffer(functions)
    big = (PROJECT / "big_generated.py").as_uri()
    opened = time.perf_counter()
    session.open(big, large)
    found = len(await session.diagnostics(big))
    large_done = time.perf_counter() - opened
    await session.stop()
    print(f"initialize answered: {initialized - started:.2f} s (process start and imports)")
    print(f"first diagnostics of assistant.py: {first - initialized:.2f} s")
    print(f"edit -> diagnostics over {edits} edits: median {statistics.median(waits) * 1e3:.0f} "
          f"ms, min {min(waits) * 1e3:.0f}, max {max(waits) * 1e3:.0f}")
    print(f"code actions on assistant.py line 12: {action * 1e3:.0f} ms ({len(actions)} actions)")
    print(f"{len(large) / 1e6:.2f} MB buffer, {functions} functions: {found} diagnostics in "
          f"{large_done:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--functions", type=int, default=6000)
    args = parser.parse_args()
    asyncio.run(measure(args.edits, args.functions))


if __name__ == "__main__":
    main()
