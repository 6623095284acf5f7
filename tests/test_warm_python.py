"""The execution suites run programs in warm pythons (tests/execution/forkserver.py): each
program must see what `python main.py` would give it. Every case here runs both ways and the
two runs must agree."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "execution"))
from harness import WarmPythons, run  # noqa: E402

PRELOAD = ("openai",)

PROGRAMS = {
    "exit_code": "import sys\nprint('bye')\nsys.exit(3)\n",
    "uncaught": "print('before')\nraise ValueError('boom')\n",
    "main_and_argv": "import os, sys\nprint(__name__, sys.argv, os.path.basename(__file__))\n"
                     "print(os.getcwd() == os.path.dirname(os.path.abspath(__file__)))\n",
    "environment_read_at_import": "import os\nos.environ['OPENAI_API_TYPE'] = 'azure'\n"
                                  "import openai\nprint(openai.api_type, os.environ['MARK'])\n",
    "environment_untouched": "import openai\nprint(openai.api_type, openai.azure_endpoint)\n",
    "atexit_and_threads": "import atexit, threading, time\n"
                          "atexit.register(lambda: print('atexit ran'))\n"
                          "threading.Thread(target=lambda: (time.sleep(0.2), print('joined')))"
                          ".start()\nprint('main done')\n",
    "local_module": "import helper\nprint(helper.VALUE)\n",
    "shadows_a_preloaded_module": "import typing\nprint(typing.SHADOW)\n",
    "stdin_is_empty": "import sys\nprint(repr(sys.stdin.read()))\n",
}
SIBLINGS = {"local_module": {"helper.py": "VALUE = 42\n"},
            "shadows_a_preloaded_module": {"typing.py": "SHADOW = 'mine'\n"}}


@pytest.fixture(scope="module")
def warm():
    pythons = WarmPythons()
    yield pythons
    pythons.close()


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_a_warm_run_is_a_cold_run(warm, tmp_path, name):
    (tmp_path / "main.py").write_text(PROGRAMS[name])
    for sibling, text in SIBLINGS.get(name, {}).items():
        (tmp_path / sibling).write_text(text)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "AZURE", "PYTHON"))}
    env.update({"MARK": name, "AZURE_OPENAI_ENDPOINT": "http://127.0.0.1:9",
                "PYTHONIOENCODING": "utf-8"})
    cold = run([sys.executable, "main.py"], tmp_path, env)
    hot = warm.run(Path(sys.executable), PRELOAD, ["main.py"], tmp_path, env)
    assert (hot.returncode, hot.stdout) == (cold.returncode, cold.stdout), (cold.show(), hot.show())
    assert cold.stdout, cold.show()
    assert cold.stderr.splitlines()[-1:] == hot.stderr.splitlines()[-1:], (cold.show(), hot.show())


def test_a_program_past_its_time_is_stopped(warm, tmp_path, monkeypatch):
    import harness
    monkeypatch.setattr(harness, "RUN_TIMEOUT", 1)
    (tmp_path / "main.py").write_text("import time\nprint('started', flush=True)\ntime.sleep(30)\n")
    ran = warm.run(Path(sys.executable), PRELOAD, ["main.py"], tmp_path, dict(os.environ))
    assert (ran.returncode, ran.stdout, ran.stderr) == (-1, "started\n", "timed out after 1 s")
