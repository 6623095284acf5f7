"""Which openai-python a project runs, read from its own files (sdk.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gptmigrate import sdk


@pytest.fixture(autouse=True)
def _fresh_cache():
    sdk.clear_cache()
    yield
    sdk.clear_cache()


@pytest.mark.parametrize("spec, v1", [
    ("==0.27.8", False),
    ("<1", False),
    ("<1.0", False),
    (">=0.27,<1", False),
    ("~=0.28", False),
    ("^0.27", False),
    ("<=0.28.1", False),
    ("==0.*", False),
    (">=1.0", True),
    (">=0.27", True),
    ("==1.3.5", True),
    ("^1.2", True),
    ("*", True),
    ("<2", True),
])
def test_admits_v1(spec: str, v1: bool):
    assert sdk.admits_v1(spec) is v1


def _project(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text)
    source = tmp_path / "pkg" / "app.py"
    source.parent.mkdir(exist_ok=True)
    source.write_text("import openai\n")
    return source


@pytest.mark.parametrize("name, text, major", [
    ("requirements.txt", "numpy\nopenai==0.27.8  # pinned\n", 0),
    ("requirements.txt", "openai>=1.0\n", 1),
    ("requirements-dev.txt", "openai[datalib]<1\n", 0),
    ("pyproject.toml", '[project]\ndependencies = ["openai>=0.27,<1", "rich"]\n', 0),
    ("pyproject.toml", '[project]\ndependencies = ["openai>=1.2"]\n', 1),
    ("pyproject.toml", '[tool.poetry.dependencies]\npython = "^3.9"\nopenai = "^0.28"\n', 0),
    ("setup.cfg", "[options]\ninstall_requires =\n    openai==0.28.1\n", 0),
    ("Pipfile", '[packages]\nopenai = "==0.27.4"\n', 0),
    ("Pipfile", '[packages]\nopenai = {version = ">=1.0", extras = ["datalib"]}\n', 1),
    ("poetry.lock", '[[package]]\nname = "openai"\nversion = "0.28.1"\ndescription = "x"\n', 0),
    ("uv.lock", '[[package]]\nname = "openai"\nversion = "1.54.0"\nsource = { registry = "x" }\n', 1),
    ("Pipfile.lock", '{"default": {"openai": {"hashes": [], "version": "==0.27.8"}}}', 0),
])
def test_requirement_files(tmp_path: Path, name: str, text: str, major: int):
    choice = sdk.sdk_for(str(_project(tmp_path, name, text)))
    assert choice.major == major
    assert name in choice.reason


def test_lock_file_wins_over_a_loose_requirement(tmp_path: Path):
    (tmp_path / "requirements.txt").write_text("openai\n")
    source = _project(tmp_path, "poetry.lock", '[[package]]\nname = "openai"\nversion = "0.27.2"\n')
    assert sdk.sdk_for(str(source)).v0


def test_lookalike_packages_are_not_openai(tmp_path: Path):
    text = "langchain-openai==0.0.5\nopenai-whisper==20231117\nllama-index-llms-openai<1\n"
    choice = sdk.sdk_for(str(_project(tmp_path, "requirements.txt", text)))
    assert (choice.major, choice.reason, choice.held_back) == (1, sdk.DEFAULT.reason, ())


def test_walk_stops_at_the_project_root(tmp_path: Path):
    (tmp_path / "requirements.txt").write_text("openai==0.27.8\n")
    project = tmp_path / "inner"
    project.mkdir()
    (project / ".git").mkdir()
    source = project / "app.py"
    source.write_text("import openai\n")
    assert sdk.sdk_for(str(source)) == sdk.DEFAULT


def test_no_requirement_and_in_memory_sources_default_to_v1(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    source = tmp_path / "app.py"
    source.write_text("")
    assert sdk.sdk_for(str(source)).major == 1
    assert sdk.sdk_for("<string>").major == 1
    assert "assuming openai>=1" in sdk.DEFAULT.reason


@pytest.mark.parametrize("name, text, applies", [
    ("requirements.txt", "llama-index-core\nllama-index-llms-openai>=0.7.10\n", True),
    ("requirements.txt", "llama-index-llms-openai==0.8.3\n", True),
    ("requirements.txt", "llama-index-llms-openai\n", True),  # unpinned: the current release
    ("requirements.txt", "flask\n", True),  # not required at all: as openai, the current one
    ("requirements.txt", "llama-index-llms-openai==0.6.2\n", False),
    ("requirements.txt", "llama-index-llms-openai<0.7\n", False),
    ("requirements.txt", "llama-index==0.9.48\n", False),  # the 0.9 aggregate package
    ("pyproject.toml", '[project]\ndependencies = ["llama-index-llms-openai>=0.7.10,<0.9"]\n', True),
    ("poetry.lock", '[[package]]\nname = "llama-index-llms-openai"\nversion = "0.6.2"\n', False),
    ("uv.lock", '[[package]]\nname = "llama-index-llms-openai"\nversion = "0.8.3"\n', True),
])
def test_a_fix_that_needs_a_release_is_held_where_the_project_pins_below_it(
        tmp_path: Path, name: str, text: str, applies: bool):
    """`Fix.requires`: LlamaIndex's OpenAI refuses a model its release does not list."""
    from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position, Severity

    here = Position(1, 1)
    fix = Fix(FixSafety.UNSAFE, (Edit(0, 1, "x", here, here),), "Replace a with b",
              requires=(("llama-index-llms-openai", "0.7.10"), ("llama-index", "0.10")))
    finding = Finding("GM001", "retired-model", Severity.ERROR, "a was shut down", here, here,
                      fix_safety=FixSafety.UNSAFE, fix=fix)
    choice = sdk.sdk_for(str(_project(tmp_path, name, text)))
    held = sdk.hold_unmet([finding], choice)[0]
    assert (held == finding) is applies
    if not applies:
        assert held.fix is None and held.fix_safety == FixSafety.MANUAL
        assert held.message.startswith("a was shut down. Not fixed: the new code needs llama-index")
        assert f"{name} requires llama-index" in held.message
        assert held.message.endswith("require llama-index-llms-openai>=0.7.10; llama-index>=0.10, "
                                     "then run --fix again")
