import graph


def test_exported_members_all_resolve_and_nothing_else_is_promised():
    for name in graph.__all__:
        assert getattr(graph, name) is not None
    assert graph.__all__ == sorted(graph.__all__)


def test_exported_members_import_is_cheap():
    import subprocess
    import sys
    code = "import sys, graph; print('spacy' in sys.modules, 'rdflib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]
