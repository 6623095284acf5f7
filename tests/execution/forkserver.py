"""A warm python: imports the packages every run needs once, then forks a child per program.

Importing the current openai SDK costs about a second, openai 0.28.1 half of that, gptmigrate a
quarter; the execution suites run some two thousand programs. Run as
`python forkserver.py MODULE ...` (stdlib only, so any venv's python can run it), it imports
the MODULEs and then reads jobs, one JSON object per line on stdin:
`{"argv": [script, *args], "cwd": ..., "env": {...}, "stdout": path, "stderr": path,
"timeout": seconds}`, and answers each with `{"returncode": n}` (negative: killed by that
signal; `"timed_out": true` when it was killed for taking longer than the timeout).

The child is what `python script args` would be, as far as the program can tell: its own
environment, working directory, argv, sys.path[0], `__main__`, stdin from /dev/null, the
interpreter's own exit (atexit, thread joins, the traceback of an uncaught exception). A
preloaded package's `__init__` runs again when the program first imports it, so what it reads
from the environment at import time (openai reads OPENAI_API_BASE, OPENAI_API_TYPE ...) is read
under the program's environment, after the program's own changes to it. A program with a
module of its own named like an already-imported one is exec'd in a fresh interpreter instead.
"""

from __future__ import annotations

import gc
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import select
import signal
import sys
import time
import types
from typing import Any, Dict, List, Optional


class _RunInitAgain(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds a preloaded package on its first import in the child and runs its `__init__` again
    in the same module object (as `importlib.reload` would), keeping the imported submodules."""

    def __init__(self, packages: Dict[str, types.ModuleType]) -> None:
        self.packages = packages

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        module = self.packages.pop(name, None)
        if module is None:
            return None
        spec = importlib.util.spec_from_file_location(
            name, module.__file__, loader=self,
            submodule_search_locations=list(getattr(module, "__path__", [])) or None)
        spec.loader_state = module
        return spec

    def create_module(self, spec: Any) -> Optional[types.ModuleType]:
        return spec.loader_state

    def exec_module(self, module: types.ModuleType) -> None:
        source_loader = importlib.machinery.SourceFileLoader(module.__name__, module.__file__)
        exec(source_loader.get_code(module.__name__), module.__dict__)


def _local_modules(folder: str) -> set:
    names = set()  # type: set
    for entry in os.listdir(folder):
        path = os.path.join(folder, entry)
        if entry.endswith(".py"):
            names.add(entry[:-3])
        elif os.path.isdir(path):  # a package, or a namespace package
            names.add(entry)
    return names


def _redirect(job: Dict[str, Any]) -> None:
    for fd, path, mode in ((0, os.devnull, os.O_RDONLY),
                           (1, job["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC),
                           (2, job["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)):
        opened = os.open(path, mode, 0o644)
        os.dup2(opened, fd)
        os.close(opened)


def _become_program(job: Dict[str, Any], preloaded: List[str]) -> None:
    """In the child: set the program's world up and run it; never returns normally (the
    program's end, or its uncaught exception, ends the interpreter as `python script` would)."""
    argv: List[str] = job["argv"]
    os.chdir(job["cwd"])
    os.environ.clear()
    os.environ.update(job["env"])
    _redirect(job)
    script = os.path.abspath(argv[0])
    folder = os.path.dirname(script)
    if _local_modules(folder) & set(sys.modules):
        os.execve(sys.executable, [sys.executable, *argv], job["env"])
    sys.stdin = open(0, "r", closefd=False)
    sys.argv = list(argv)
    sys.path[0] = folder
    packages = {name: sys.modules.pop(name) for name in preloaded if "." not in name}
    sys.meta_path.insert(0, _RunInitAgain(packages))
    main = types.ModuleType("__main__")
    main.__dict__.update(__file__=script, __cached__=None, __builtins__=__builtins__)
    sys.modules["__main__"] = main
    with open(script, "rb") as handle:
        code = compile(handle.read(), script, "exec")
    exec(code, main.__dict__)
    sys.exit(0)


def _wait(pid: int, timeout: float) -> Dict[str, Any]:
    """The child's exit, or its kill after `timeout` seconds: woken by the exit itself where
    the kernel gives a pidfd (no polling latency on each of some thousands of runs)."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):  # pragma: no cover - before Linux 5.3 / Python 3.9
        return _poll(pid, timeout)
    try:
        exited, _, _ = select.select([handle], [], [], timeout)
    finally:
        os.close(handle)
    if not exited:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return {"returncode": -signal.SIGKILL, "timed_out": True}
    _, status = os.waitpid(pid, 0)
    return {"returncode": os.waitstatus_to_exitcode(status)}


def _poll(pid: int, timeout: float) -> Dict[str, Any]:
    deadline = time.monotonic() + timeout
    delay = 0.001
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return {"returncode": os.waitstatus_to_exitcode(status)}
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return {"returncode": -signal.SIGKILL, "timed_out": True}
        time.sleep(delay)
        delay = min(delay * 2, 0.02)


def serve(preloaded: List[str]) -> None:
    for name in preloaded:
        importlib.import_module(name)
    gc.freeze()  # the children never collect what is preloaded (no copy-on-write of its pages)
    replies = sys.stdout
    print(json.dumps({"ready": True}), file=replies, flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _become_program(job, preloaded)
        print(json.dumps(_wait(pid, job["timeout"])), file=replies, flush=True)


if __name__ == "__main__":
    serve(sys.argv[1:])
