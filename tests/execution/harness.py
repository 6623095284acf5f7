"""What the execution suites share: running a program, reading a tree's sources, and the
legacy SDK venvs built once per machine under the tests' cache (outside the repository)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

RUN_TIMEOUT = 60
FIX_ARGS = ["scan", ".", "--fix", "--unsafe-fixes", "--isolated", "--as-of", "2026-11-23",
            "--format", "json", "--no-cache"]
CACHE = Path(os.environ.get("GPTMIGRATE_TEST_CACHE", Path.home() / ".cache" / "gptmigrate-tests"))
# The environment as the session found it, read once at import (collection, the main thread):
# the suites' worker threads copy this, since pytest sets and deletes PYTEST_CURRENT_TEST in
# os.environ while they run (iterating os.environ then can raise KeyError).
SESSION_ENVIRONMENT: Dict[str, str] = {k: v for k, v in os.environ.items()
                                       if k != "PYTEST_CURRENT_TEST"}


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str

    def show(self) -> str:
        return f"exit {self.returncode}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr[-3000:]}"


def run(argv: List[str], cwd: Path, env: Dict[str, str]) -> Run:
    try:
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True,
                              timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as error:
        return Run(-1, str(error.stdout or ""), f"timed out after {RUN_TIMEOUT} s")
    return Run(done.returncode, done.stdout, done.stderr)


FORKSERVER = Path(__file__).with_name("forkserver.py")


class WarmPython:
    """One forkserver.py process of `python` with `preload` imported: runs one program at a
    time, each in a forked child (see forkserver.py for what the child keeps of `python
    script`)."""

    def __init__(self, python: Path, preload: Sequence[str]) -> None:
        env = {k: v for k, v in SESSION_ENVIRONMENT.items()
               if not k.startswith(("OPENAI", "AZURE", "PYTHON")) or k == "PYTHONPATH"}
        # PYTHONPATH kept: a worktree's tests fix with its own src/ (the children's sys.path
        # starts with their own folder all the same)
        env.update({"PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})
        self.errors = tempfile.TemporaryFile()  # its own, never a program's: a file, not a pipe
        self.process = subprocess.Popen([str(python), str(FORKSERVER), *preload], env=env,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.errors, text=True)
        if not self.process.stdout.readline():
            raise RuntimeError(f"{python} {FORKSERVER.name} {' '.join(preload)} did not start:"
                               f" {self._stopped()}")

    def _stopped(self) -> str:
        self.process.wait()
        self.errors.seek(0)
        return self.errors.read().decode("utf-8", "replace")[-3000:]

    def run(self, argv: List[str], cwd: Path, env: Dict[str, str]) -> Run:
        with tempfile.TemporaryDirectory(prefix="warm-") as folder:
            out, err = Path(folder, "stdout"), Path(folder, "stderr")
            job = {"argv": argv, "cwd": str(cwd), "env": env, "stdout": str(out),
                   "stderr": str(err), "timeout": RUN_TIMEOUT}
            self.process.stdin.write(json.dumps(job) + "\n")
            self.process.stdin.flush()
            reply = self.process.stdout.readline()
            if not reply:
                raise RuntimeError(f"{FORKSERVER.name} stopped: {self._stopped()}")
            answer = json.loads(reply)
            stdout, stderr = (path.read_text(encoding="utf-8", errors="replace")
                              if path.exists() else "" for path in (out, err))
        if answer.get("timed_out"):
            return Run(-1, stdout, f"timed out after {RUN_TIMEOUT} s")
        return Run(answer["returncode"], stdout, stderr)

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()
        self.errors.close()


class WarmPythons:
    """Warm pythons by interpreter and preloaded modules, one for each thread running at once:
    a suite's programs run as `python script` would, without paying for the imports each
    time."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: Dict[Tuple[str, Tuple[str, ...]], List[WarmPython]] = {}
        self._started: List[WarmPython] = []

    def run(self, python: Path, preload: Sequence[str], argv: List[str], cwd: Path,
            env: Dict[str, str]) -> Run:
        key = (str(python), tuple(preload))
        with self._lock:
            idle = self._idle.setdefault(key, [])
            warm = idle.pop() if idle else None
        if warm is None:
            warm = WarmPython(python, preload)
            with self._lock:
                self._started.append(warm)
        ran = warm.run(argv, cwd, env)
        with self._lock:
            self._idle[key].append(warm)
        return ran

    def close(self) -> None:
        for warm in self._started:
            warm.close()


# The programs speak plain HTTP to local fakes, yet each client of the current SDKs loads the
# system's CA bundle when it is made (~35 ms, much of a small program's run): a bundle of one
# self-signed certificate (SSL_CERT_FILE) loads at once and changes nothing a program sends.
LOCAL_CA = Path(__file__).with_name("local_ca.pem")


def openai_environment(base_url: str, key: str) -> Dict[str, str]:
    """The environment of a program run against a fake OpenAI server (`base_url`): both SDK
    generations' base URL variables, `key` naming the run in the server's log."""
    env = {k: v for k, v in SESSION_ENVIRONMENT.items() if not k.startswith(("OPENAI", "AZURE"))}
    env.update({"OPENAI_API_KEY": key, "OPENAI_API_BASE": base_url + "/v1",
                "OPENAI_BASE_URL": base_url + "/v1", "NO_PROXY": "127.0.0.1,localhost",
                "PYTHONIOENCODING": "utf-8", "SSL_CERT_FILE": str(LOCAL_CA)})
    return env


def copy_case(case: Path, tmp_path: Path) -> Tuple[Path, Path]:
    """Two copies of a case's program: the original to run as it is, and the one to fix."""
    original, fixed = tmp_path / "original", tmp_path / "fixed"
    ignore = shutil.ignore_patterns("expect.toml", "__pycache__")
    shutil.copytree(case, original, ignore=ignore)
    shutil.copytree(case, fixed, ignore=ignore)
    return original, fixed


# The warm pythons that run `gptmigrate scan` for every suite of this test process: preloaded
# with a scan's imports and table (warm_scan.py), closed when the process ends.
SCAN_PRELOAD = ("warm_scan",)
_SCANNERS: List[WarmPythons] = []
_SCANNERS_LOCK = threading.Lock()


def scan_fix(folder: Path) -> Run:
    """`gptmigrate scan --fix --unsafe-fixes` (the installed console script) run on `folder`."""
    with _SCANNERS_LOCK:
        if not _SCANNERS:
            _SCANNERS.append(WarmPythons())
            atexit.register(_SCANNERS[0].close)
    script = Path(sys.executable).with_name("gptmigrate")
    return _SCANNERS[0].run(Path(sys.executable), SCAN_PRELOAD, [str(script), *FIX_ARGS],
                            folder, dict(SESSION_ENVIRONMENT))


def fix_in_place(folder: Path) -> Dict[str, Any]:
    """`scan_fix` on `folder`: its JSON report."""
    return json.loads(scan_fix(folder).stdout)


def sources(root: Path) -> Dict[str, str]:
    return {str(p.relative_to(root)): p.read_text(encoding="utf-8")
            for p in sorted(root.rglob("*.py"))}


def legacy_venv(venv: Path, stamp: Sequence[str], install: Sequence[str],
                prepare: Optional[Callable[[Path], None]] = None) -> Path:
    """The python of a venv holding `install`, built once and reused while its `.complete`
    stamp reads `stamp`. Built under a temporary name and renamed into place, so a run that
    stops halfway leaves nothing a later run would trust; `prepare(python)` runs before."""
    python = venv / "bin" / "python"
    marker = venv / ".complete"
    if marker.is_file() and marker.read_text().split() == list(stamp):
        return python
    venv.parent.mkdir(parents=True, exist_ok=True)
    tmp = venv.with_name(f"{venv.name}.tmp{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "venv", str(tmp)], check=True)
    subprocess.run([str(tmp / "bin" / "python"), "-m", "pip", "install", "--quiet",
                    "--disable-pip-version-check", *install], check=True)
    if prepare is not None:
        prepare(tmp / "bin" / "python")
    (tmp / ".complete").write_text("\n".join(stamp) + "\n")
    shutil.rmtree(venv, ignore_errors=True)
    try:
        tmp.rename(venv)
    except OSError:  # another session won the race: use its venv
        shutil.rmtree(tmp, ignore_errors=True)
    return python
