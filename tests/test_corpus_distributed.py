"""The per-article build as a map over a real Dask cluster (a LocalCluster of worker processes) writes
the same files, byte for byte, as the local build."""
from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from graph.corpus import build_corpus
from graph.corpus import code_version as _code_version

CODE_AT_IMPORT = _code_version()

distributed = pytest.importorskip("dask.distributed", reason="the optional extra: pip install 'newsgraph[dask]'")

pytestmark = pytest.mark.slow


def _tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.name != "lock"}


def _skip_if_code_changed(at_import: str) -> None:
    """This session imported graph/ when the module was collected; a process started later imports the files
    as they are now. When someone edits graph/ meanwhile, the two builds run different code."""
    from graph.corpus import code_version
    code_version.cache_clear()
    if code_version() != at_import:
        pytest.skip("graph/ changed on disk during the session: this process and its workers run different code")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    src = tmp_path_factory.mktemp("dask-in")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    (src / "wire.jsonl").write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in texts.items()),
                                    encoding="utf-8")
    return [src / "wire.jsonl"]


def _pipelines_loaded() -> int:
    from graph.extract.language.nlp import load_pipeline
    return load_pipeline.cache_info().currsize


def test_dask_local_cluster_builds_the_same_corpus_as_the_local_build(inputs, tmp_path):
    from graph.corpus.distributed import build_corpus_dask
    local = build_corpus(inputs, tmp_path / "local", formats=["ttl", "json"], batch_size=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        remote = build_corpus_dask(inputs, tmp_path / "dask", client=client, formats=["ttl", "json"], batch_size=2)
        # the work really ran on the cluster's workers, not in this process
        loaded = client.run(_pipelines_loaded)
        assert len(loaded) == 2 and all(n >= 1 for n in loaded.values())
    _skip_if_code_changed(CODE_AT_IMPORT)
    assert remote.built == local.built == local.articles >= 4
    a, b = _tree(tmp_path / "local"), _tree(tmp_path / "dask")
    assert a.keys() == b.keys() and "corpus.nq" in a
    assert [k for k in a if a[k] != b[k]] == []


def test_dask_unreachable_scheduler_is_a_one_line_error(inputs, tmp_path):
    from graph.corpus.distributed import build_corpus_dask
    from graph.errors import NewsgraphError
    with pytest.raises(NewsgraphError, match="cannot reach the Dask scheduler"):
        build_corpus_dask(inputs, tmp_path / "o", address="tcp://127.0.0.1:9", formats=["json"])
    assert not (tmp_path / "o").exists()
