import json
import subprocess
import sys

from conftest import SEED


def test_cli_build_writes_every_format(tmp_path):
    run = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(SEED), "--out", str(tmp_path)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    for suffix in (".ttl", ".jsonld", ".json", ".html"):
        assert (tmp_path / f"gaza-rift{suffix}").stat().st_size > 0
    data = json.loads((tmp_path / "gaza-rift.json").read_text())
    assert {"nodes", "edges"} <= set(data)
    assert "nodes" in run.stdout and "edges" in run.stdout


def test_cli_build_bad_input_is_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    run = subprocess.run([sys.executable, "-m", "graph.cli", "build", str(empty), "--out", str(tmp_path / "o")],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "empty" in run.stderr
    assert not (tmp_path / "o").exists()
