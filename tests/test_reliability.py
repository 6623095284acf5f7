"""Hostile and broken input: every odd file gets one line naming it, the run goes on, the exit
code says so, and --fix writes nothing it should not, keeping every untouched byte."""

from __future__ import annotations

import codecs
import os
import socket
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import make_context
from gptmigrate.cli import main
from gptmigrate.engine import Mode, process_file
from gptmigrate.files import TEMP_SUFFIX, decode, encode, write_atomic

PINNED = ["--isolated", "--as-of", "2026-11-23"]
RETIRED = ('from openai import OpenAI\nclient = OpenAI()\n'
           'response = client.chat.completions.create(model="gpt-4-vision-preview")\n')
FIXED_MODEL = "gpt-4o"
GOOD = 'MODEL = "gpt-4o"\n'


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", *args, *PINNED], catch_exceptions=False)


def one_error_line(result, path: Path) -> str:
    """The single stderr line about `path`; fails if there is none, several, or a traceback."""
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if str(path) in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {path}: "), lines[0]
    return lines[0]


# -- bad input: one line, the run goes on, the exit code ---------------------------------------

BAD_INPUTS = {
    # name: (bytes, expected words in the message); `openai.error` makes each a candidate
    "python2.py": (b'import openai.error\nprint "hello"\nm = "text-davinci-003"\n',
                   "Missing parentheses in call to 'print'"),
    "syntax.py": (b'import openai.error\ndef broken(:\n    pass\n', "syntax error at line 2"),
    "bad_utf8.py": (b'import openai.error\nm = "caf\xe9"\n', "cannot decode as utf-8"),
    "bad_cookie.py": (b'# -*- coding: no-such-codec -*-\nimport openai.error\n', "cannot decode"),
    "binary.py": (b'import openai.error\x00\x01\x02', "binary file (NUL byte at offset 19)"),
    "deep.py": (b"import openai.error\nx = " + b"(" * 5000 + b"1" + b")" * 5000 + b"\n",
                "too deeply nested to parse"),
    "unary.py": (b"import openai.error\nx = " + b"-" * 50000 + b"1\n", "too deeply nested to parse"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_bad_file_gets_one_line_and_the_run_goes_on(tmp_path: Path, name: str):
    data, words = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.py"
    good.write_text(RETIRED)
    result = scan(str(tmp_path))
    assert words in one_error_line(result, bad)
    assert "gpt-4-vision-preview" in result.stdout  # the next file was still scanned
    assert result.exit_code == 1
    alone = scan(str(bad))
    # Decoded but unparsable files were read (exit 1); undecodable ones leave nothing read (2).
    assert alone.exit_code == (2 if name in ("bad_utf8.py", "bad_cookie.py", "binary.py") else 1)


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_fix_never_touches_a_bad_file(tmp_path: Path, name: str):
    data, _ = BAD_INPUTS[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    scan(str(tmp_path), "--fix", "--unsafe-fixes")
    assert bad.read_bytes() == data
    assert os.listdir(tmp_path) == [name]


def test_python2_file_reports_model_literals_from_tokens_and_is_never_fixed(tmp_path: Path):
    source = tmp_path / "legacy.py"
    data = (b'import openai\nprint "start"\nopenai.Completion.create(engine="text-davinci-003")\n'
            b'label = "ada"\n')
    source.write_bytes(data)
    result = scan(str(source), "--fix", "--format", "json")
    assert result.exit_code == 1
    assert source.read_bytes() == data
    assert "text-davinci-003" in result.stdout
    assert '"ada"' not in result.stdout  # an ambiguous word is not reported without a tree
    text = scan(str(source)).stdout
    assert f"{source}:3:33 GM001" in text
    assert "the file does not parse, so nothing in it is fixed" in text


def test_unexpected_exception_is_one_line_and_exit_2(tmp_path: Path, monkeypatch):
    (tmp_path / "a.py").write_text(RETIRED)
    import gptmigrate.engine

    def explode(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(gptmigrate.engine, "run", explode)
    result = scan(str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr.strip() == "gptmigrate: internal error: ZeroDivisionError: boom"


def test_empty_file_and_directory_named_py(tmp_path: Path):
    (tmp_path / "empty.py").write_bytes(b"")
    (tmp_path / "pkg.py").mkdir()
    (tmp_path / "pkg.py" / "inner.py").write_text(GOOD)
    result = scan(str(tmp_path))
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    named = scan(str(tmp_path / "empty.py"))
    assert named.exit_code == 0


def test_fifo_named_py_is_skipped_not_read(tmp_path: Path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    result = scan(str(fifo))
    assert "not a regular file" in one_error_line(result, fifo)
    assert result.exit_code == 2


def test_large_file_is_skipped_with_a_message_and_the_limit_is_an_option(tmp_path: Path):
    big = tmp_path / "big.py"
    big.write_text(RETIRED + 'x = "' + "a" * 2_000_000 + '"\n')
    result = scan(str(tmp_path))
    size = big.stat().st_size
    assert f"skipped: {size} bytes is over the size limit of 1048576 bytes" in one_error_line(
        result, big)
    assert result.exit_code == 2
    raised = scan(str(tmp_path), "--max-file-size", "4M")
    assert raised.exit_code == 1 and "gpt-4-vision-preview" in raised.stdout
    assert scan(str(tmp_path), "--max-file-size", "0").exit_code == 1
    assert scan(str(tmp_path), "--max-file-size", "lots").exit_code == 2


def test_large_file_that_cannot_hold_a_finding_is_not_an_error(tmp_path: Path):
    (tmp_path / "data.py").write_text('x = "' + "a" * 2_000_000 + '"\n')
    result = scan(str(tmp_path), "--max-file-size", "1K")
    assert result.exit_code == 0 and result.stderr == ""


def test_size_limit_in_configuration(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[tool.gptmigrate]\nmax-file-size = "10"\n')
    (tmp_path / "a.py").write_text(RETIRED)
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--as-of", "2026-11-23"])
    assert "over the size limit of 10 bytes" in result.stderr
    (tmp_path / "pyproject.toml").write_text('[tool.gptmigrate]\nmax-file-size = "big"\n')
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "--as-of", "2026-11-23"])
    assert result.exit_code == 2
    assert "key 'tool.gptmigrate.max-file-size' must be a size" in result.stderr


def test_very_long_line_is_handled(tmp_path: Path):
    source = tmp_path / "long.py"
    source.write_text(RETIRED + "x = [" + ", ".join(["'value'"] * 2000) + "]\n")
    result = scan(str(source), "--fix")
    assert result.exit_code == 0, result.output
    assert f'model="{FIXED_MODEL}"' in source.read_text()


# -- paths ------------------------------------------------------------------------------------


def test_nonexistent_path_alone_is_exit_2_and_with_others_exit_1(tmp_path: Path):
    missing = tmp_path / "nope"
    result = scan(str(missing))
    assert "no such file or directory" in one_error_line(result, missing)
    assert result.exit_code == 2
    (tmp_path / "ok.py").write_text(GOOD)
    both = scan(str(missing), str(tmp_path / "ok.py"))
    assert both.exit_code == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="root reads every file")
def test_unreadable_file(tmp_path: Path):
    secret = tmp_path / "secret.py"
    secret.write_text(RETIRED)
    secret.chmod(0)
    try:
        result = scan(str(secret))
        assert "cannot read: Permission denied" in one_error_line(result, secret)
        assert result.exit_code == 2
    finally:
        secret.chmod(0o600)


def test_unreadable_file_through_process_file(tmp_path: Path, monkeypatch):
    """The same path as above without relying on the user: open() refuses."""
    secret = tmp_path / "secret.py"
    secret.write_text(RETIRED)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    monkeypatch.setattr("os.open", refuse)  # files.read_source reads with os.open/os.read
    result = process_file(str(secret), make_context(), Mode.CHECK)
    assert [e.message for e in result.errors] == ["cannot read: Permission denied"]


def test_symlink_loop_and_dangling_link(tmp_path: Path):
    (tmp_path / "a.py").write_text(RETIRED)
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "self.py").symlink_to(tmp_path / "self.py")
    (tmp_path / "dangling.py").symlink_to(tmp_path / "gone.py")
    result = scan(str(tmp_path))
    assert result.stdout.count("gpt-4-vision-preview was") == 1  # the loop did not repeat it
    one_error_line(result, tmp_path / "self.py")
    one_error_line(result, tmp_path / "dangling.py")
    assert result.exit_code == 1


def test_symlink_out_of_the_scanned_tree_is_never_written_through(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "shared.py"
    target.write_text(RETIRED)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.py").symlink_to(target)
    (tree / "linkdir").symlink_to(outside, target_is_directory=True)
    (tree / "own.py").write_text(RETIRED)
    result = scan(str(tree), "--fix")
    assert target.read_text() == RETIRED
    assert (tree / "link.py").is_symlink()
    lines = [line for line in result.stderr.splitlines() if "outside the scanned folder" in line]
    assert len(lines) == 1, result.stderr  # one file, reached two ways, reported once
    assert f"a symlink to {target}" in lines[0]
    assert FIXED_MODEL in (tree / "own.py").read_text()
    assert result.exit_code == 1


def test_symlink_inside_the_tree_fixes_the_target_and_keeps_the_link(tmp_path: Path):
    real = tmp_path / "real.py"
    real.write_text(RETIRED)
    (tmp_path / "alias.py").symlink_to(real)
    result = scan(str(tmp_path), "--fix")
    assert result.exit_code == 0, result.output
    assert FIXED_MODEL in real.read_text()
    assert (tmp_path / "alias.py").is_symlink()


def test_read_only_file_is_not_rewritten(tmp_path: Path):
    source = tmp_path / "frozen.py"
    source.write_text(RETIRED)
    source.chmod(0o444)
    try:
        result = scan(str(tmp_path), "--fix")
        assert "not written: the file is read-only" in one_error_line(result, source)
        assert result.exit_code == 1
        assert source.read_text() == RETIRED
        assert stat.S_IMODE(source.stat().st_mode) == 0o444
    finally:
        source.chmod(0o644)


# -- writes -----------------------------------------------------------------------------------


def test_fix_keeps_mode_and_leaves_no_temporary_file(tmp_path: Path):
    source = tmp_path / "tool.py"
    source.write_text("#!/usr/bin/env python\n" + RETIRED)
    source.chmod(0o751)
    assert scan(str(tmp_path), "--fix").exit_code == 0
    assert stat.S_IMODE(source.stat().st_mode) == 0o751
    assert FIXED_MODEL in source.read_text()
    assert sorted(os.listdir(tmp_path)) == ["tool.py"]


def test_unchanged_files_are_never_rewritten(tmp_path: Path):
    clean = tmp_path / "clean.py"
    clean.write_text(GOOD)
    manual = tmp_path / "manual.py"  # findings, but no fix that --fix may apply
    manual.write_text('import openai\nopenai.Completion.create(prompt="x")\n')
    before = {p: p.stat().st_mtime_ns for p in (clean, manual)}
    inodes = {p: p.stat().st_ino for p in (clean, manual)}
    os.utime(clean, ns=(1, 1))
    os.utime(manual, ns=(1, 1))
    scan(str(tmp_path), "--fix")
    for path in before:
        assert path.stat().st_mtime_ns == 1
        assert path.stat().st_ino == inodes[path]


def test_file_changed_on_disk_since_it_was_read_is_not_overwritten(tmp_path: Path, monkeypatch):
    source = tmp_path / "busy.py"
    source.write_text(RETIRED)
    import gptmigrate.engine as engine

    real_fix = engine.fix_source

    def fix_then_edit(*args, **kwargs):
        fixed = real_fix(*args, **kwargs)
        source.write_text(RETIRED + "# edited by someone else\n")
        return fixed

    monkeypatch.setattr(engine, "fix_source", fix_then_edit)
    result = process_file(str(source), make_context(), Mode.FIX)
    assert [e.message for e in result.errors] == [
        "not written: the file changed on disk since it was read"]
    assert source.read_text().endswith("# edited by someone else\n")
    assert result.fixes_applied == 0


def test_failed_write_cleans_up_its_temporary_file(tmp_path: Path, monkeypatch):
    source = tmp_path / "a.py"
    source.write_bytes(b"old")

    def crash(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(source, b"new", b"old")
    assert source.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.py"]


def test_write_goes_through_a_temporary_file_in_the_same_folder(tmp_path: Path, monkeypatch):
    source = tmp_path / "a.py"
    source.write_bytes(b"old")
    renames = []
    real_replace = os.replace

    def spy(src, dst):
        renames.append((Path(src), Path(dst), Path(src).read_bytes(), Path(dst).read_bytes()))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    write_atomic(source, b"new", b"old")
    [(temporary, destination, staged, still_old)] = renames
    assert temporary.parent == tmp_path and temporary.name.endswith(TEMP_SUFFIX)
    assert destination == source and staged == b"new" and still_old == b"old"


def test_ctrl_c_during_a_run_is_one_line_and_exit_130(tmp_path: Path, monkeypatch):
    (tmp_path / "a.py").write_text(RETIRED)
    import gptmigrate.engine

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(gptmigrate.engine, "run", interrupted)
    result = scan(str(tmp_path), "--fix")
    assert result.exit_code == 130
    assert result.stderr.strip() == "gptmigrate: interrupted"


# -- bytes preserved exactly --------------------------------------------------------------------

PRESERVED = {
    "latin1_cookie": (b"# -*- coding: latin-1 -*-\nimport openai\ns = 'caf\xe9 \xa9'\n"
                      b"r = openai.ChatCompletion.create(model=\"gpt-4-vision-preview\")\n"),
    "bom_crlf": codecs.BOM_UTF8 + RETIRED.replace("\n", "\r\n").encode(),
    "mixed_endings": b"import openai\r\nx = 1\rY = 2\n"
                     b"r = openai.ChatCompletion.create(model='gpt-4-vision-preview')\r\n",
    "tabs_formfeed": b"import openai\n\x0c\nif True:\n\tr = openai.ChatCompletion.create(\n"
                     b"\t\tmodel = \"gpt-4-vision-preview\" ,\t# \xc3\xa9t\xc3\xa9 \xe2\x9c\x93\n\t)\n",
    "no_final_newline": b"import openai\nm = {'model': 'gpt-4-vision-preview'}",
    "non_ascii": "import openai\n# 模型 ✓\nr = openai.ChatCompletion.create(model=\"gpt-4-vision-preview\", "
                 "messages=[{'content': 'naïve ☃'}])\n".encode(),
}


@pytest.mark.parametrize("name", sorted(PRESERVED))
def test_fix_changes_only_the_model_bytes(tmp_path: Path, name: str):
    data = PRESERVED[name]
    source = tmp_path / f"{name}.py"
    source.write_bytes(data)
    result = scan(str(source), "--fix")
    assert "Traceback" not in result.output and result.stderr == "", result.output
    assert source.read_bytes() == data.replace(b"gpt-4-vision-preview", FIXED_MODEL.encode())


@pytest.mark.parametrize("name", sorted(PRESERVED))
def test_decode_encode_round_trips_byte_for_byte(name: str):
    data = PRESERVED[name]
    decoded = decode(data)
    assert encode(decoded, decoded.text) == data


# -- configuration and tables -------------------------------------------------------------------


def test_hostile_yaml_table_constructs_nothing(tmp_path: Path):
    marker = tmp_path / "pwned"
    table = tmp_path / "evil.yaml"
    table.write_text(
        "version: 1\nchecked: 2026-11-01\nmodels:\n"
        f"  - !!python/object/apply:os.system [\"touch {marker}\"]\n"
    )
    (tmp_path / "a.py").write_text(GOOD)
    result = scan(str(tmp_path / "a.py"), "--table", str(table))
    assert result.exit_code == 2
    assert not marker.exists()
    assert str(table) in result.stderr and "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("text, words", [
    ("version: 1\nchecked: [unclosed\n", "line"),
    ("version: 1\nversion: 2\nchecked: 2026-11-01\n", "version"),
    ("version: 1\nchecked: 2026-11-01\nmodels:\n  - name: x\n    provider: openai\n",
     "models[0] (x): missing key 'api'"),
])
def test_malformed_table_is_exit_2_with_file_line_and_key(tmp_path: Path, text: str, words: str):
    table = tmp_path / "bad.yaml"
    table.write_text(text)
    (tmp_path / "a.py").write_text(GOOD)
    result = scan(str(tmp_path / "a.py"), "--table", str(table))
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert str(table) in message and words in message


@pytest.mark.parametrize("text, words", [
    ("[tool.gptmigrate\nselect = 1\n", "line 1"),
    ("[tool.gptmigrate]\nselect = 'GM001'\n", "tool.gptmigrate.select"),
    ("[tool.gptmigrate]\nno-such-key = true\n", "tool.gptmigrate.no-such-key"),
])
def test_malformed_toml_is_exit_2_with_file_line_and_key(tmp_path: Path, text: str, words: str):
    config = tmp_path / "pyproject.toml"
    config.write_text(text)
    (tmp_path / "a.py").write_text(GOOD)
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "a.py"), "--config", str(config)])
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert str(config) in message and words in message


# -- no network ----------------------------------------------------------------------------------


def test_scan_and_fix_open_no_socket(tmp_path: Path, monkeypatch):
    """gptmigrate never touches the network: any socket creation fails the run loudly."""
    attempts = []

    def no_socket(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("gptmigrate tried to open a socket")

    def audit(event: str, args) -> None:
        if event.startswith("socket.") and guard["on"]:
            attempts.append((event, args))

    guard = {"on": True}
    sys.addaudithook(audit)
    monkeypatch.setattr(socket, "socket", no_socket)
    monkeypatch.setattr(socket, "create_connection", no_socket)
    monkeypatch.setattr(socket, "getaddrinfo", no_socket)
    (tmp_path / "a.py").write_text(RETIRED)
    try:
        for args in ([str(tmp_path)], [str(tmp_path), "--format", "json"],
                     [str(tmp_path), "--fix", "--unsafe-fixes"]):
            scan(*args)
        CliRunner().invoke(main, ["models"])
        CliRunner().invoke(main, ["explain", "text-davinci-003"])
    finally:
        guard["on"] = False
    assert attempts == []
    assert FIXED_MODEL in (tmp_path / "a.py").read_text()


def test_per_file_errors_are_the_same_in_worker_processes(tmp_path: Path):
    """Parallel runs (--jobs 2) report every bad file exactly as a serial run does."""
    for name, (data, _) in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    for index in range(4):
        (tmp_path / f"good{index}.py").write_text(RETIRED)
    serial = scan(str(tmp_path), "--jobs", "1", "--no-cache")
    parallel = scan(str(tmp_path), "--jobs", "2", "--no-cache")
    assert serial.exit_code == parallel.exit_code == 1
    assert sorted(serial.stderr.splitlines()) == sorted(parallel.stderr.splitlines())
    assert len([line for line in parallel.stderr.splitlines() if line.startswith("error: ")]) == \
        len(BAD_INPUTS)
    assert serial.stdout == parallel.stdout
