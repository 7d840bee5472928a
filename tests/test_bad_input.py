"""Bad input: one clear line naming the file, exit code 2, and never a half-written output file."""
from __future__ import annotations

import subprocess
import sys

import pytest

from conftest import ROOT, SEED
from graph.cli import main
from graph.errors import InputError
from graph.extract.language.text import MAX_CHARS, read_article

DATA = ROOT / "tests" / "data"


def _empty(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    return path, "empty"


def _blank(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text(" \n\t\n  \n", encoding="utf-8")
    return path, "empty"


def _binary(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return path, "binary"


def _latin1(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a critiqu\u00e9 la r\u00e9forme.".encode("latin-1"))
    return path, "not UTF-8"


def _html(tmp_path):
    return DATA / "page.html", "HTML"


def _huge(tmp_path):
    path = tmp_path / "huge.txt"
    sentence = "The council backed the harbour levy on Monday. "
    path.write_text(sentence * (MAX_CHARS // len(sentence) + 10), encoding="utf-8")
    return path, "characters"


def _missing(tmp_path):
    return tmp_path / "nowhere.txt", "no such file"


def _folder(tmp_path):
    path = tmp_path / "folder.txt"
    path.mkdir()
    return path, "folder"


BAD = [_empty, _blank, _binary, _latin1, _html, _huge, _missing, _folder]
IDS = [f.__name__.strip("_") for f in BAD]


@pytest.mark.parametrize("make", BAD, ids=IDS)
def test_read_article_bad_input_is_one_line_naming_the_file(tmp_path, make):
    path, reason = make(tmp_path)
    with pytest.raises(InputError) as info:
        read_article(path)
    message = str(info.value)
    assert "\n" not in message
    assert str(path) in message
    assert reason.lower() in message.lower()


@pytest.mark.parametrize("make", BAD, ids=IDS)
def test_cli_bad_input_exits_2_and_writes_nothing(tmp_path, make, capsys):
    path, reason = make(tmp_path)
    out = tmp_path / "out"
    # a good article first: every input is checked before any output is written
    code = main(["build", str(SEED), str(path), "--out", str(out), "--format", "json,ttl"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.startswith("newsgraph: error: ")
    assert captured.err.count("\n") == 1
    assert str(path) in captured.err
    assert not out.exists()


def test_cli_bad_input_real_process_has_no_traceback(tmp_path):
    path, _ = _latin1(tmp_path)
    run = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(path), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "not UTF-8" in run.stderr


def test_cli_unknown_format_is_one_line_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["build", str(SEED), "--out", str(out), "--format", "json,pdf"])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.count("\n") == 1 and "pdf" in captured.err
    assert not out.exists()


def test_write_outputs_failure_leaves_no_file(tmp_path, seed_graph, monkeypatch):
    """A format that fails while rendering: no file of any format is written, no temporary file is left."""
    from graph.io import outputs

    def broken(graph):
        raise RuntimeError("renderer crashed")

    monkeypatch.setitem(outputs.FORMATS, "jsonld", (".jsonld", broken))
    with pytest.raises(RuntimeError):
        outputs.write_outputs(seed_graph, tmp_path, ["ttl", "jsonld", "json"])
    assert list(tmp_path.iterdir()) == []


def test_atomic_write_interrupted_keeps_the_old_file(tmp_path, monkeypatch):
    from graph.io import outputs
    target = tmp_path / "g.json"
    target.write_text("old\n", encoding="utf-8")

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        outputs.atomic_write(target, "new\n")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.json"]
