"""What a build pays before its first article and after its last (issue 11): modules it never uses are not
imported, and the program's exit does not walk the pipeline's objects."""
from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str) -> dict:
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_startup_a_build_imports_neither_spacys_command_line_nor_networkx():
    found = _python("import json, sys\n"
                    "import graph.cli, graph.corpus, graph.extract.build, graph.io.outputs\n"
                    "from graph.extract.language.nlp import load_pipeline\n"
                    "load_pipeline()\n"
                    "print(json.dumps(sorted(m for m in ('spacy.cli', 'spacy.cli.info', 'typer', 'weasel', 'networkx')"
                    " if m in sys.modules)))")
    assert found == []


def test_startup_spacys_command_line_is_still_there_when_asked_for():
    found = _python("import json, sys\n"
                    "import graph.extract.language.nlp, spacy\n"
                    "version = spacy.info()['spacy_version']\n"
                    "import spacy.cli\n"
                    "from spacy.cli.info import info\n"
                    "print(json.dumps([version == spacy.__version__, callable(spacy.cli.download),"
                    " spacy.cli.info is info, 'spacy.cli' in sys.modules]))")
    assert found == [True, True, True, True]


def test_startup_spacys_command_line_is_there_as_an_attribute_too():
    found = _python("import json, sys\n"
                    "import graph.extract.language.nlp, spacy\n"
                    "before = 'spacy.cli' in sys.modules\n"
                    "download = spacy.cli.download\n"
                    "print(json.dumps([before, callable(download), 'spacy.cli' in sys.modules, hasattr(spacy, 'nothing')]))")
    assert found == [False, True, True, False]


def test_startup_main_called_with_arguments_leaves_the_collector_as_it_was(tmp_path, capsys):
    from graph.cli import main
    frozen = gc.get_freeze_count()
    (tmp_path / "a.txt").write_text("Ms Ward backed the fuel levy on Monday.\n", encoding="utf-8")
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out"), "--format", "json", "--quiet"]) == 0
    assert gc.get_freeze_count() == frozen
