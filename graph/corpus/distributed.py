"""Corpus builds beyond one machine: the per-article build as a map over a Dask cluster.

The optional extra `pip install 'newsgraph[dask]'` brings dask.distributed. The cluster runs the
same batch function as local worker processes (parse with nlp.pipe, extract, render); the driver
writes every file and assembles the corpus graph from the records in input order, so the files
are byte for byte those of a local build.

    from dask.distributed import Client
    build_corpus_dask(["articles/"], "out", address="tcp://scheduler:8786", formats=["ttl", "json"])
"""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from ..errors import NewsgraphError
from .run import CorpusReport, build_corpus

__all__ = ["build_corpus_dask"]


def build_corpus_dask(inputs, out_dir: str | Path, *, address: str | None = "local", client=None,
                      **options) -> CorpusReport:
    """build_corpus with the extraction on a Dask cluster.

    Give a connected `client`, or a scheduler `address` ("tcp://host:8786"), or "local" to start a
    LocalCluster of one single-threaded worker process per core (spaCy's parser holds the GIL:
    threads would not run in parallel). Every worker loads the pipeline once, on its first batch.
    """
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise NewsgraphError("Dask is not installed; install the extra: pip install 'newsgraph[dask]'") from None
    options.pop("jobs", None)
    with ExitStack() as stack:
        if client is None:
            if address in (None, "", "local"):
                cluster = stack.enter_context(LocalCluster(threads_per_worker=1, processes=True,
                                                           dashboard_address=None))
                client = stack.enter_context(Client(cluster))
            else:
                try:
                    client = stack.enter_context(Client(address, timeout="5s"))
                except (OSError, TimeoutError) as e:
                    raise NewsgraphError(f"cannot reach the Dask scheduler at {address!r} ({e}); "
                                         "start one with `dask scheduler` or pass --dask local") from None
        slots = max(1, sum(client.nthreads().values()))
        executor = client.get_executor(pure=False)
        return build_corpus(inputs, out_dir, jobs=slots, executor=executor, **options)
