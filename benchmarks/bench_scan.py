"""Benchmark: gptmigrate scan against `grep -rlF -f names.txt` on real and synthetic trees.

    python benchmarks/bench_scan.py                 # the real-code tree and the 7,000-file tree
    python benchmarks/bench_scan.py --sizes 1750 7000 --no-real --runs 5 --jobs 2
    python benchmarks/bench_scan.py --profile-only  # where the time goes, on the smallest tree
    python benchmarks/bench_scan.py --profile-only --no-profile --sizes 1750 7000  # before parsing

The real-code tree is built once under --workdir from pinned releases of LLM libraries on PyPI
(`REAL_RELEASES`: the wheels, downloaded with `pip download --no-deps` for one fixed platform so
that every machine measures the same bytes, and sdists that ship notebooks), unpacked outside
the repository and never committed. Real LLM code names models in far more files than other
code (model lists, pricing tables, `Literal[...]` types, examples) and mentions `openai`
everywhere: the share of candidate files is printed next to the timings.

The synthetic trees are generated once (seeded, so every machine measures the same bytes):
Python modules of realistic shapes and sizes (log-normal, ~14 KB on average, so 7,000 files
make ~100 MB), of which ~2.5 % use a model of the migration table the way real code does and
~0.5 % use the openai SDK with current models only. names.txt holds exactly the words the
prefilter looks for (every table name the matcher knows, and the API markers).

Both tools run with a warm OS page cache (one untimed grep run first); gptmigrate once with
--no-cache ("cold": no result cache, as in CI) and once with a result cache filled by an
untimed run first ("warm"); its bytecode is compiled first, as an installed wheel's is.
Figures: median wall time of --runs runs (the three take turns, so a drifting shared host
slows them alike), the ratios to grep, the CPU seconds of gptmigrate's process tree (user +
system, workers included), and peak memory: the largest single process (wait4's ru_maxrss)
and the peak sum of RSS and of PSS over gptmigrate's process tree (sampled from /proc every
10 ms; PSS shares the pages forked workers have in common with the parent fairly). The
targets of issue 17 are printed under the table. Then, on every synthetic tree, the phases
before parsing alone (`engine.run` with parsing replaced by a no-op) with one job and with
--jobs, next to grep; --profile-only skips the end-to-end comparison, --no-profile the
in-process profile of the smallest tree.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import os
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

SEED = 20261123
MEAN_FILE_BYTES = 14_300
MENTION_SHARE = 0.025
MODERN_OPENAI_SHARE = 0.005
AS_OF = "2026-11-23"

WORDS = (
    "user order invoice payment session cache config metadata adapter request response handler "
    "client server record item account report event queue task worker job token schema field "
    "value result error logger path file stream buffer engine model data text region vision "
    "preview router research generate batch index search query document page label score "
    "feature vector layer tensor image audio frame pixel node graph edge tree parser lexer "
    "format encoder decoder codec retry backoff timeout limit window shard replica cluster "
    "tenant policy role permission audit ledger balance currency canada country city address"
).split()
MODULES = (
    "os sys json re logging typing dataclasses pathlib datetime collections itertools functools "
    "asyncio subprocess argparse hashlib base64 uuid decimal enum contextlib threading"
).split()
THIRD_PARTY = (
    "numpy pandas requests sqlalchemy flask django pydantic attrs yaml boto3 redis celery torch "
    "httpx fastapi click rich pytest"
).split()


def _ident(rng: random.Random, parts: int = 2) -> str:
    return "_".join(rng.choice(WORDS) for _ in range(parts))


def _camel(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS).capitalize() for _ in range(rng.randint(1, 3)))


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 14))]
    return " ".join(words).capitalize() + "."


def _header(rng: random.Random) -> str:
    lines = [f'"""{_sentence(rng)}', "", *(_sentence(rng) for _ in range(rng.randint(0, 3))),
             '"""', "", "from __future__ import annotations", ""]
    for module in sorted(rng.sample(MODULES, rng.randint(2, 7))):
        lines.append(f"import {module}")
    for module in sorted(rng.sample(THIRD_PARTY, rng.randint(0, 3))):
        lines.append(f"from {module} import {_camel(rng)}")
    lines.append("")
    lines.append("logger = logging.getLogger(__name__)")
    lines.append(f"{_ident(rng).upper()} = {rng.randint(1, 10_000)}")
    lines.append(f'{_ident(rng).upper()} = "{_ident(rng, 3)}"')
    return "\n".join(lines) + "\n\n"


def _statement(rng: random.Random, indent: str) -> List[str]:
    kind = rng.randrange(9)
    a, b, c = _ident(rng), _ident(rng, 1), _ident(rng)
    if kind == 0:
        return [f"{indent}{a} = {b}.get({c!r}, {rng.randint(0, 99)})"]
    if kind == 1:
        return [f"{indent}for {b} in {a}:",
                f"{indent}    if {b}.{c} is None:",
                f"{indent}        continue",
                f"{indent}    {a}_total += {b}.{c}"]
    if kind == 2:
        return [f"{indent}try:",
                f"{indent}    {a} = self.{c}({b})",
                f"{indent}except (KeyError, ValueError) as exc:",
                f'{indent}    logger.warning("{_sentence(rng)} %s", exc)',
                f"{indent}    raise"]
    if kind == 3:
        return [f"{indent}# {_sentence(rng)}"]
    if kind == 4:
        items = ", ".join(f'"{_ident(rng, 1)}": {_ident(rng, 1)}' for _ in range(rng.randint(1, 5)))
        return [f"{indent}{a} = {{{items}}}"]
    if kind == 5:
        return [f'{indent}message = f"{_ident(rng, 1)} {{{b}!r}} {_sentence(rng)[:-1]}"']
    if kind == 6:
        return [f"{indent}if {a} and len({b}) > {rng.randint(1, 64)}:",
                f"{indent}    return [{c} for {c} in {b} if {c}.{_ident(rng, 1)}]"]
    if kind == 7:
        return [f"{indent}{a} = sorted({b}, key=lambda {c}: {c}.{_ident(rng, 1)}, reverse=True)"]
    return [f"{indent}self.{a} = {b}"]


def _function(rng: random.Random, indent: str = "", method: bool = False) -> str:
    args = ", ".join(["self"] * method + [_ident(rng, 1) for _ in range(rng.randint(0, 4))])
    lines = [f"{indent}def {_ident(rng)}({args}) -> {rng.choice(['None', 'int', 'str', 'dict'])}:",
             f'{indent}    """{_sentence(rng)}"""']
    for _ in range(rng.randint(2, 12)):
        lines += _statement(rng, indent + "    ")
    lines.append(f"{indent}    return None")
    return "\n".join(lines) + "\n\n"


def _class(rng: random.Random) -> str:
    lines = [f"class {_camel(rng)}({rng.choice(['object', 'Exception', 'dict', _camel(rng)])}):",
             f'    """{_sentence(rng)}', "", f"    {_sentence(rng)}", '    """', ""]
    lines += [f"    {_ident(rng)}: {rng.choice(['int', 'str', 'float'])} = {rng.randint(0, 9)}"
              for _ in range(rng.randint(0, 5))]
    body = "\n".join(lines) + "\n\n"
    for _ in range(rng.randint(1, 8)):
        body += _function(rng, "    ", method=True)
    return body


def _mention(rng: random.Random, names: Sequence[str], openai_names: Sequence[str]) -> str:
    """One real use of a table model, in one of the shapes real code has."""
    name = rng.choice(openai_names if rng.random() < 0.7 else names)
    shape = rng.randrange(7)
    if shape == 0:
        return ("import openai\n\n\ndef complete(prompt: str) -> str:\n"
                f"    response = openai.Completion.create(engine={name!r}, prompt=prompt,"
                " max_tokens=256)\n    return response.choices[0].text\n\n")
    if shape == 1:
        return ("from openai import OpenAI\n\nclient = OpenAI()\n\n\ndef ask(question: str) -> str:\n"
                "    reply = client.chat.completions.create(\n"
                f"        model={name!r},\n"
                '        messages=[{"role": "user", "content": question}],\n    )\n'
                "    return reply.choices[0].message.content\n\n")
    if shape == 2:
        return f'DEFAULT_MODEL = "{name}"\nTIMEOUT_SECONDS = 30\n\n'
    if shape == 3:
        return f'LLM_SETTINGS = {{"model": "{name}", "temperature": 0.2, "max_tokens": 512}}\n\n'
    if shape == 4:
        return (f"def summarize(text: str, model: str = {name!r}) -> str:\n"
                '    """Summarize with the configured model."""\n'
                "    return backend.run(model=model, text=text)\n\n")
    if shape == 5:
        return ("import openai\n\n\ndef embed(texts):\n"
                f"    return openai.Embedding.create(input=texts, model={name!r})\n\n")
    return f'FINE_TUNED_MODEL = "ft:{name}:acme::{rng.getrandbits(32):08x}"\n\n'


_MODERN = ('from openai import OpenAI\n\nclient = OpenAI()\nREPLY = client.responses.create('
           'model="gpt-5.6-terra", input="hello")\n\n')


def make_tree(root: Path, files: int, names: Sequence[str], seed: int = SEED) -> Dict[str, int]:
    """Write `files` modules under `root` (once: a stamp records what was written)."""
    stamp = root / ".bench-stamp"
    expected = f"{files} {seed} {len(names)}"
    if stamp.exists() and stamp.read_text() == expected:
        return _tree_stats(root)
    shutil.rmtree(root, ignore_errors=True)
    rng = random.Random(seed)
    openai_names = [n for n in names if n.startswith(("gpt-", "text-", "davinci", "o1", "o3"))]
    sigma = 1.0
    median = MEAN_FILE_BYTES / math.exp(sigma * sigma / 2)
    for index in range(files):
        folder = root / f"pkg{index % 23:02d}" / f"sub{(index // 23) % 17:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        target = min(400_000, int(rng.lognormvariate(math.log(median), sigma)))
        parts = [_header(rng)]
        size = len(parts[0])
        roll = rng.random()
        if roll < MENTION_SHARE:
            parts.append(_mention(rng, names, openai_names))
        elif roll < MENTION_SHARE + MODERN_OPENAI_SHARE:
            parts.append(_MODERN)
        while size < target:
            part = _class(rng) if rng.random() < 0.4 else _function(rng)
            parts.append(part)
            size += len(part)
        (folder / f"{_ident(rng)}_{index}.py").write_text("".join(parts), encoding="utf-8")
    stamp.write_text(expected)
    return _tree_stats(root)


def _suffixes() -> Tuple[str, ...]:
    """The file name endings gptmigrate reads: Python, notebooks and the other formats."""
    from gptmigrate import discover, formats

    return tuple(discover.SUFFIXES) + tuple(formats.SUFFIXES)


def _read_by_gptmigrate(name: str) -> bool:
    from gptmigrate import formats

    return name.endswith(_suffixes()) or name.startswith(formats.ENV_PREFIX)


def _tree_stats(root: Path) -> Dict[str, int]:
    sizes = [(p.suffix, p.stat().st_size) for p in root.rglob("*")
             if _read_by_gptmigrate(p.name) and p.is_file()]
    python = [size for suffix, size in sizes if suffix in (".py", ".ipynb")]
    return {"files": len(sizes), "bytes": sum(size for _, size in sizes),
            "python_files": len(python), "python_bytes": sum(python)}


# Pinned releases of real LLM code: (name, version, kind). Wheels are fetched for one platform
# (litellm ships per-platform wheels), so the tree is the same on every machine; sdists for the
# notebooks and docs they ship.
REAL_RELEASES = (
    ("langchain-community", "0.4.2", "wheel"),
    ("litellm", "1.110.2", "wheel"),
    ("dspy", "3.4.1", "wheel"),
    ("haystack-ai", "3.4.1", "wheel"),
    ("anthropic", "2.17.0", "wheel"),
    ("google-genai", "3.6.1", "wheel"),
    ("llama-index-core", "0.14.25", "wheel"),
    ("openai", "3.63.0", "wheel"),
    ("ragas", "0.4.3", "sdist"),
    ("outlines", "0.0.40", "sdist"),
)
_WHEEL_PLATFORM = ("--platform", "manylinux_2_28_x86_64", "--python-version", "3.11",
                   "--implementation", "cp", "--abi", "abi3")


def make_real_tree(root: Path) -> Dict[str, int]:
    """Download and unpack REAL_RELEASES under `root` (once: a stamp records what was built)."""
    import tarfile
    import zipfile

    stamp = root / ".bench-stamp"
    expected = repr(REAL_RELEASES)
    if stamp.exists() and stamp.read_text() == expected:
        return _tree_stats(root)
    shutil.rmtree(root, ignore_errors=True)
    downloads = root.parent / "real-downloads"
    downloads.mkdir(parents=True, exist_ok=True)
    for name, version, kind in REAL_RELEASES:
        flags = (["--only-binary", ":all:", *_WHEEL_PLATFORM] if kind == "wheel"
                 else ["--no-binary", ":all:"])
        folder = downloads / f"{name}-{version}-{kind}"
        if not folder.exists() or not any(folder.iterdir()):
            print(f"  pip download {name}=={version} ({kind})", flush=True)
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                            "--disable-pip-version-check", "-d", str(folder), *flags,
                            f"{name}=={version}"], check=True, stderr=subprocess.DEVNULL)
        archive = next(folder.iterdir())
        target = root / f"{name}-{version}"
        target.mkdir(parents=True, exist_ok=True)
        if archive.name.endswith((".whl", ".zip")):
            with zipfile.ZipFile(archive) as bundle:
                bundle.extractall(target)
        else:
            with tarfile.open(archive) as bundle:
                members = [m for m in bundle.getmembers() if m.isfile() or m.isdir()]
                bundle.extractall(target, members=members)
    stamp.write_text(expected)
    return _tree_stats(root)


def candidates(tree: Path) -> int:
    """How many of the tree's files the prefilter passes on to be parsed."""
    import datetime as dt

    from gptmigrate.config import Settings
    from gptmigrate.discover import discover
    from gptmigrate.engine import _dialect, build_context
    from gptmigrate.files import read_source

    ctx = build_context(Settings(as_of=dt.date.fromisoformat(AS_OF)))
    return sum(ctx.prefilter.accepts(read_source(item.path, None), _dialect(item.path))
               for item in discover([str(tree)], ctx.settings) if item.problem is None)


# -- measuring ---------------------------------------------------------------------------------


def _tree_pids(pid: int) -> List[int]:
    pids, stack = [], [pid]
    while stack:
        current = stack.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack += [int(child) for child in handle.read().split()]
        except OSError:
            pass
    return pids


def _memory_kb(pid: int) -> Tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except (OSError, ValueError):
        pass
    return rss, pss


class _Sampler(threading.Thread):
    """Peak summed RSS and PSS of a process tree, polled every 10 ms."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_rss, self.peak_pss = pid, 0, 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            totals = [_memory_kb(p) for p in _tree_pids(self.pid)]
            self.peak_rss = max(self.peak_rss, sum(t[0] for t in totals))
            self.peak_pss = max(self.peak_pss, sum(t[1] for t in totals))
            self.stopped.wait(0.01)


def _timed(command: Sequence[str], sample: bool) -> Tuple[float, int, int, int, bytes, float]:
    """Wall seconds, max single-process RSS (KiB), peak tree RSS and PSS (KiB), stdout, and the
    CPU seconds of the process and its children (user + system)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
        sampler = _Sampler(process.pid) if sample else None
        if sampler:
            sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if sampler:
            sampler.stopped.set()
            sampler.join()
        out.seek(0)
        output = out.read()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{command[0]} failed with exit code {process.returncode}")
    peak_rss = sampler.peak_rss if sampler else usage.ru_maxrss
    peak_pss = sampler.peak_pss if sampler else usage.ru_maxrss
    return elapsed, usage.ru_maxrss, peak_rss, peak_pss, output, usage.ru_utime + usage.ru_stime


def _gptmigrate(tree: Path, jobs: int, cache: Optional[Path] = None) -> List[str]:
    caching = ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
    return [sys.executable, "-m", "gptmigrate", "scan", str(tree), "--isolated", *caching,
            "--as-of", AS_OF, "--quiet", "--exit-zero", "--no-color", "--jobs", str(jobs)]


def _grep(tree: Path, names_file: Path) -> List[str]:
    """grep over the files gptmigrate reads (every format it knows)."""
    from gptmigrate import formats

    return ["grep", "-rlF", "-f", str(names_file), *(f"--include=*{s}" for s in _suffixes()),
            f"--include={formats.ENV_PREFIX}*", str(tree)]


def compare(tree: Path, names_file: Path, runs: int, jobs: int,
            cache: Path) -> Dict[str, float]:
    grep = _grep(tree, names_file)
    cold = _gptmigrate(tree, jobs)
    warm = _gptmigrate(tree, jobs, cache)
    shutil.rmtree(cache, ignore_errors=True)
    _timed(grep, False)  # warms the page cache for both tools: they read the same files
    _timed(warm, False)  # fills the result cache
    # Interleaved, so that every command meets the same machine: on a shared host the speed of
    # the cores drifts from minute to minute, and back-to-back series would compare two machines.
    grep_runs, cold_runs, warm_runs = [], [], []
    for _ in range(runs):
        grep_runs.append(_timed(grep, False))
        cold_runs.append(_timed(cold, True))
        warm_runs.append(_timed(warm, True))
    grep_files = len(grep_runs[0][4].splitlines())
    return {
        "grep_s": statistics.median(r[0] for r in grep_runs),
        "gm_s": statistics.median(r[0] for r in cold_runs),
        "warm_s": statistics.median(r[0] for r in warm_runs),
        "gm_cpu_s": statistics.median(r[5] for r in cold_runs),
        "warm_cpu_s": statistics.median(r[5] for r in warm_runs),
        "ratios": [c[0] / g[0] for g, c in zip(grep_runs, cold_runs)],
        "grep_max_rss_mib": max(r[1] for r in grep_runs) / 1024,
        "gm_max_process_rss_mib": max(r[1] for r in cold_runs + warm_runs) / 1024,
        "gm_tree_rss_mib": max(r[2] for r in cold_runs + warm_runs) / 1024,
        "gm_tree_pss_mib": max(r[3] for r in cold_runs + warm_runs) / 1024,
        "grep_files": grep_files,
    }


def startup(runs: int, small: Path) -> Dict[str, float]:
    """Median wall time of `--version`, and of scanning one small file with and without a model."""
    clean = small / "clean.py"
    clean.write_text("def add(a, b):\n    return a + b\n", encoding="utf-8")
    legacy = small / "legacy.py"
    legacy.write_text('MODEL = "text-davinci-003"\n', encoding="utf-8")
    base = [sys.executable, "-m", "gptmigrate"]
    scan = ["scan", "--isolated", "--no-cache", "--as-of", AS_OF, "--exit-zero"]
    figures = {}
    for label, command in (("version", base + ["--version"]),
                           ("scan_clean_file", base + scan + [str(clean)]),
                           ("scan_file_with_finding", base + scan + [str(legacy)])):
        _timed(command, False)
        figures[label] = statistics.median(_timed(command, False)[0] for _ in range(runs))
    return figures


def import_times() -> Dict[str, float]:
    """Cumulative import time (s) of the modules each command needs, from `python -X importtime`."""
    figures = {}
    for module in ("gptmigrate.cli", "gptmigrate.engine"):
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                              capture_output=True, text=True, check=True)
        for line in done.stderr.splitlines():
            fields = [f.strip() for f in line.split("|")]
            if len(fields) == 3 and fields[2] == module:
                figures[module] = int(fields[1]) / 1e6
    return figures


def pre_parse(tree: Path, jobs: int, runs: int) -> Tuple[float, float, float]:
    """Median wall time, parent CPU time and workers' CPU time of `engine.run` with parsing
    replaced by a no-op: discovery, reading, the prefilter and (with jobs > 1) the worker pool,
    nothing else. On a machine shared with other jobs, the CPU split shows what the wall time
    cannot: how evenly the work is spread."""
    import datetime as dt
    import resource
    from unittest import mock

    from gptmigrate import engine
    from gptmigrate.config import Settings
    from gptmigrate.types import FileResult

    ctx = engine.build_context(Settings(as_of=dt.date.fromisoformat(AS_OF)))
    def cpu(who: int) -> float:
        usage = resource.getrusage(who)
        return usage.ru_utime + usage.ru_stime

    walls, parent, workers = [], [], []
    with mock.patch.object(engine, "process_file", lambda path, *a, **k: FileResult(path=path)):
        for _ in range(runs):
            mine, theirs = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            engine.run([str(tree)], ctx, engine.Mode.CHECK, jobs=jobs)  # workers reaped here
            walls.append(time.perf_counter() - start)
            parent.append(cpu(resource.RUSAGE_SELF) - mine)
            workers.append(cpu(resource.RUSAGE_CHILDREN) - theirs)
    return statistics.median(walls), statistics.median(parent), statistics.median(workers)


def profile(tree: Path) -> str:
    """Phases of one sequential scan (discover, read, prefilter, parse), how much of the
    candidates detection parsed, and the top functions of the parse phase."""
    import datetime as dt

    from gptmigrate.config import Settings
    from gptmigrate.detect import detect_source
    from gptmigrate.discover import discover
    from gptmigrate.engine import Mode, build_context, process_file
    from gptmigrate.files import read_source

    lines = []
    start = time.perf_counter()
    ctx = build_context(Settings(as_of=dt.date.fromisoformat(AS_OF)))
    built = time.perf_counter()
    items = [item.path for item in discover([str(tree)], ctx.settings)]
    found = time.perf_counter()
    contents = [read_source(path, ctx.settings.max_file_size) for path in items]
    read = time.perf_counter()
    candidates = [(path, len(data)) for path, data in zip(items, contents)
                  if ctx.prefilter.accepts(data)]
    screened = time.perf_counter()
    total_bytes = sum(len(data) for data in contents)
    candidate_bytes = sum(size for _, size in candidates)
    del contents
    profiler = cProfile.Profile()
    profiler.enable()
    findings = sum(len(process_file(p, ctx, Mode.CHECK).findings) for p, _ in candidates)
    profiler.disable()
    parsed = time.perf_counter()
    megabytes = total_bytes / 1e6
    lines.append(f"  context (table + matchers + prefilter): {built - start:6.3f} s")
    lines.append(f"  discover {len(items)} files:{'':18}{found - built:6.3f} s")
    lines.append(f"  read {megabytes:.1f} MB:{'':22}{read - found:6.3f} s "
                 f"({megabytes / max(read - found, 1e-9):.0f} MB/s)")
    lines.append(f"  prefilter {megabytes:.1f} MB:{'':17}{screened - read:6.3f} s "
                 f"({megabytes / max(screened - read, 1e-9):.0f} MB/s)")
    lines.append(f"  parse + detect {len(candidates)} candidates "
                 f"({candidate_bytes / 1e6:.2f} MB, {findings} findings): {parsed - screened:6.2f} s "
                 f"(one core, {candidate_bytes / 1e3 / max(parsed - screened, 1e-9):.0f} KB/s)")
    total_lines = left_out = 0
    for path, _ in candidates:  # how much of the candidates detection really parsed (`focus`)
        text = read_source(path, ctx.settings.max_file_size).decode("utf-8", "replace")
        _, detection = detect_source(text, ctx.options, ctx.prefilter.accepts_text)
        total_lines += text.count("\n") + 1
        left_out += sum(last - first + 1 for first, last in detection.left_out)
    lines.append(f"  of the candidates' {total_lines} lines, detection parsed "
                 f"{total_lines - left_out} ({100 * (total_lines - left_out) / max(total_lines, 1):.0f} %); "
                 f"the rest are top-level definitions no finding depends on")
    stream = io.StringIO()
    pstats.Stats(profiler, stream=stream).sort_stats("tottime").print_stats(12)
    table = [line for line in stream.getvalue().splitlines() if line.strip()]
    header = next(i for i, line in enumerate(table) if line.lstrip().startswith("ncalls"))
    lines.append("  top functions of the parse phase by own time:")
    lines += ["    " + line for line in table[header:]]
    return "\n".join(lines)


def compile_bytecode() -> None:
    """Write gptmigrate's bytecode, as pip does when it installs the wheel. Without it, a
    source checkout run with PYTHONDONTWRITEBYTECODE set (or read-only) compiles every module
    of gptmigrate on every start, ~60 ms that no installed copy pays."""
    import compileall

    import gptmigrate

    compileall.compile_dir(os.path.dirname(gptmigrate.__file__), quiet=1)


TARGETS = {"ratio": 10.0, "warm_ratio": 3.0, "max_process_mib": 150.0}


def main(argv: Optional[Sequence[str]] = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[7000],
                        help="synthetic trees (files)")
    parser.add_argument("--no-real", action="store_true", help="skip the real-code tree")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=0, help="gptmigrate --jobs (0: every core)")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "gptmigrate-bench")
    parser.add_argument("--profile-only", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args(argv)
    compile_bytecode()

    import datetime as dt

    from gptmigrate.config import Settings
    from gptmigrate.engine import build_context

    ctx = build_context(Settings(as_of=dt.date.fromisoformat(AS_OF)))
    names = list(ctx.prefilter.names)
    args.workdir.mkdir(parents=True, exist_ok=True)
    names_file = args.workdir / "names.txt"
    # The words the prefilter starts from: names, markers, and each gate's module (`openai`,
    # which the prefilter counts only with a word of the API it gates; grep counts it anywhere).
    needles = names + [m.decode() for m in ctx.prefilter.markers] + [
        gate.module for gate in ctx.prefilter.gates]
    names_file.write_text("\n".join(needles) + "\n", encoding="utf-8")
    print(f"machine: {os.cpu_count()} cores ({len(os.sched_getaffinity(0))} usable), "
          f"Python {sys.version.split()[0]}, {sys.platform}; {len(needles)} needles in names.txt")

    trees: Dict[str, Tuple[Path, Dict[str, int]]] = {}
    if not args.no_real and not args.profile_only:
        started = time.perf_counter()
        root = args.workdir / "real"
        trees["real"] = (root, make_real_tree(root))
        stats = trees["real"][1]
        print(f"real: {stats['files']} files gptmigrate reads, {stats['bytes'] / 1e6:.1f} MB "
              f"({stats['python_files']} .py/.ipynb, {stats['python_bytes'] / 1e6:.1f} MB), from "
              f"{', '.join(f'{n} {v}' for n, v, _ in REAL_RELEASES)} "
              f"(ready in {time.perf_counter() - started:.1f} s)")
    synthetic = {}
    for size in sorted(args.sizes):
        started = time.perf_counter()
        synthetic[size] = (args.workdir / f"tree-{size}", make_tree(args.workdir / f"tree-{size}",
                                                                    size, names))
        trees[f"synthetic {size}"] = synthetic[size]
        stats = synthetic[size][1]
        print(f"synthetic {size}: {stats['files']} files, {stats['bytes'] / 1e6:.1f} MB "
              f"(ready in {time.perf_counter() - started:.1f} s)")

    if not args.profile_only:
        small = args.workdir / "small"
        small.mkdir(exist_ok=True)
        print("\nstartup (median of 10):", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in startup(10, small).items()))
        print("import time (python -X importtime, cumulative):", ", ".join(
            f"{k} {v * 1000:.0f} ms" for k, v in import_times().items()))
        jobs_label = args.jobs or f"{len(os.sched_getaffinity(0))} (default)"
        print(f"\nmedians of {args.runs} runs by turns, --jobs {jobs_label}; cold: --no-cache, "
              f"warm: result cache filled; CPU: gptmigrate's processes, user + system")
        print(f"{'tree':>15} {'files':>6} {'MB':>6} {'candidates':>12} {'grep s':>7} "
              f"{'cold s':>7} {'ratio':>6} {'warm s':>7} {'ratio':>6} {'CPU s':>6} "
              f"{'max proc MiB':>12} {'tree PSS MiB':>12}")
        verdicts = []
        for label, (tree, stats) in trees.items():
            share = candidates(tree)
            r = compare(tree, names_file, args.runs, args.jobs, args.workdir / "cache")
            ratio, warm = r["gm_s"] / r["grep_s"], r["warm_s"] / r["grep_s"]
            print(f"{label:>15} {stats['files']:>6} {stats['bytes'] / 1e6:>6.1f} "
                  f"{share:>5} ({100 * share / max(stats['files'], 1):>3.0f} %) "
                  f"{r['grep_s']:>7.3f} {r['gm_s']:>7.3f} {ratio:>5.1f}x {r['warm_s']:>7.3f} "
                  f"{warm:>5.1f}x {r['gm_cpu_s']:>6.2f} {r['gm_max_process_rss_mib']:>12.0f} "
                  f"{r['gm_tree_pss_mib']:>12.0f}", flush=True)
            spread = sorted(r["ratios"])
            print(f"{'':>15} cold/grep run by run: {spread[0]:.1f}x .. {spread[-1]:.1f}x; "
                  f"grep found {r['grep_files']} files; warm CPU {r['warm_cpu_s']:.2f} s")
            if label == "real":
                verdicts += [
                    ("real tree, cold, at most 10x grep", ratio <= TARGETS["ratio"]),
                    ("real tree, warm cache, at most 3x grep", warm <= TARGETS["warm_ratio"]),
                    ("largest process at most 150 MiB",
                     r["gm_max_process_rss_mib"] <= TARGETS["max_process_mib"])]
        for target, met in verdicts:
            print(f"target: {target}: {'met' if met else 'NOT met'}")
    if not synthetic:
        return
    jobs = args.jobs or len(os.sched_getaffinity(0))
    print(f"\nbefore parsing: engine.run with parsing replaced by a no-op (discover, read, "
          f"prefilter, pool; median of {args.runs})")
    print(f"{'files':>6} {'MB':>6} {'grep s':>7} {'jobs 1 s':>9} {'MB/s':>5} "
          f"{f'jobs {jobs} s':>9} {'MB/s':>5} {'parent CPU s':>12} {'workers CPU s':>13}")
    for size, (tree, stats) in synthetic.items():
        grep = _grep(tree, names_file)
        _timed(grep, False)
        grep_s = statistics.median(_timed(grep, False)[0] for _ in range(args.runs))
        one, _, _ = pre_parse(tree, 1, args.runs)
        many, parent_cpu, workers_cpu = pre_parse(tree, jobs, args.runs)
        megabytes = stats["bytes"] / 1e6
        print(f"{stats['files']:>6} {megabytes:>6.1f} {grep_s:>7.3f} {one:>9.3f} "
              f"{megabytes / one:>5.0f} {many:>9.3f} {megabytes / many:>5.0f} {parent_cpu:>12.3f} "
              f"{workers_cpu:>13.3f}", flush=True)
    if args.no_profile:
        return
    smallest = min(synthetic)
    print(f"\nprofile of a sequential scan of the {smallest}-file tree (in process):")
    print(profile(synthetic[smallest][0]))


if __name__ == "__main__":
    main()
