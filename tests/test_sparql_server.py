"""A real Oxigraph server on loopback (push + query), and `newsgraph serve`, the read-only endpoint."""
from __future__ import annotations

import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from graph.sparql.endpoint import make_server, push
from graph.errors import QueryError
from graph.sparql import load_library, open_engine, run_query

pytestmark = pytest.mark.server
OXIGRAPH = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "oxigraph"
PARAMS = {"supporters": {"target": "takeover"}, "opponents": {"target": "takeover"}, "entity": {"entity": "Halevi"},
          "entities": {"type": "person"}, "statements": {"article": "gaza-rift"}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc=None, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"the server exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not 200
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {timeout} s")


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    binary = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not binary:
        pytest.skip("the oxigraph server CLI (PyPI `oxigraph`) is not installed")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph-db")
    # union default graph: one named graph per article, and queries see them all, as on local files
    proc = subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}",
                             "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_until_up(f"http://127.0.0.1:{port}/", proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def pushed(oxigraph_server, seed_build):
    return push([str(seed_build[".ttl"])], f"{oxigraph_server}/store")


def test_push_one_named_graph_per_article(pushed, oxigraph_server):
    assert [p.graph for p in pushed] == ["https://newsgraph.dev/id/article/gaza-rift"]
    remote = open_engine([f"{oxigraph_server}/query"])
    rows = run_query(remote, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    assert [(str(g), int(n)) for g, n in rows] == [(pushed[0].graph, pushed[0].triples)]


def test_push_twice_replaces_never_duplicates(pushed, oxigraph_server, seed_build):
    again = push([str(seed_build[".ttl"])], f"{oxigraph_server}/store")
    remote = open_engine([f"{oxigraph_server}/query"])
    n = run_query(remote, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]
    assert int(n) == again[0].triples == pushed[0].triples


@pytest.mark.parametrize("name", sorted(load_library()))
def test_server_answers_like_local_files(pushed, oxigraph_server, seed_build, name):
    q = load_library()[name]
    local = run_query(open_engine([str(seed_build[".ttl"])]), q, PARAMS.get(name, {}))
    remote = run_query(open_engine([f"{oxigraph_server}/query"]), q, PARAMS.get(name, {}))
    assert remote == local


def test_update_runs_on_the_server_only_when_allowed(pushed, oxigraph_server):
    remote = open_engine([f"{oxigraph_server}/update"])
    with pytest.raises(QueryError, match="read-only"):
        run_query(remote, "INSERT DATA { GRAPH <urn:x:scratch> { <urn:x:a> <urn:x:b> <urn:x:c> } }")
    run_query(remote, "INSERT DATA { GRAPH <urn:x:scratch> { <urn:x:a> <urn:x:b> <urn:x:c> } }", allow_update=True)
    query = open_engine([f"{oxigraph_server}/query"])
    assert run_query(query, "ASK { GRAPH <urn:x:scratch> { <urn:x:a> ?p ?o } }").boolean is True
    run_query(remote, "DROP GRAPH <urn:x:scratch>", allow_update=True)


def test_push_to_nothing_is_a_clear_error(seed_build):
    with pytest.raises(QueryError, match="cannot reach"):
        push([str(seed_build[".ttl"])], f"http://127.0.0.1:{free_port()}/store", timeout=5)


# --- newsgraph serve ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def served(seed_build):
    server = make_server([str(seed_build[".ttl"])], "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@pytest.mark.parametrize("name", sorted(load_library()))
def test_serve_answers_like_local_files(served, seed_build, name):
    q = load_library()[name]
    local = run_query(open_engine([str(seed_build[".ttl"])]), q, PARAMS.get(name, {}))
    assert run_query(open_engine([served]), q, PARAMS.get(name, {})) == local


def test_serve_refuses_updates(served):
    for body, ctype in (("update=CLEAR%20ALL", "application/x-www-form-urlencoded"),
                        ("CLEAR ALL", "application/sparql-query")):
        request = urllib.request.Request(served, data=body.encode(), method="POST", headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(request, timeout=5)
        assert e.value.code == 403 and b"read-only" in e.value.read()
    assert run_query(open_engine([served]), "ASK { ?s ?p ?o }").boolean is True


def test_serve_get_protocol_and_csv(served):
    url = served + "?query=" + urllib.parse.quote("SELECT ?a WHERE { ?a a <https://newsgraph.dev/ns#Article> }")
    request = urllib.request.Request(url, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.headers["Content-Type"].startswith("text/csv")
        assert response.headers["Access-Control-Allow-Origin"] == "*"
        assert response.read().decode().splitlines() == ["a", "https://newsgraph.dev/id/article/gaza-rift"]


def test_serve_syntax_error_is_http_400_with_position(served):
    with pytest.raises(QueryError, match="syntax error at line 1"):
        run_query(open_engine([served]), "SELECT * WHERE { ?s ?p }")


def test_serve_port_in_use_is_a_clear_error(served, seed_build):
    port = int(served.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(QueryError, match="cannot listen"):
        make_server([str(seed_build[".ttl"])], "127.0.0.1", port)
