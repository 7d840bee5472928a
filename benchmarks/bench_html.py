"""Time to first stable render of the viewer in headless Chromium: the seed graph, a 2,000-node graph,
and the corpus page of a 1,000-article build.

"Stable" is the moment the page sets <html data-ready="true">: drawn, physics off, controls wired
(the page is interactive from then on). The reference, measured in the same run on the same browser,
is bare vis-network drawing the same nodes and edges with physics off and no positions given (vis
places them itself, as it did before the viewer computed its layout at build time) and no controls.

The corpus page: the first --corpus articles of ../shared/corpus built with `newsgraph build --jobs 2`
(cached in the temp folder), its corpus.html rendered from the records. Printed: time to first draw,
the time a search for a node inside a collapsed cluster takes to show it, and the page's JS heap.

    .venv/bin/python benchmarks/bench_html.py [--runs 3] [--corpus 1000]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from graph.io.html import _asset, dumps_script_json, page_data, render_network  # noqa: E402
from graph.io.nodelink import to_networkx  # noqa: E402

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


def reference_page(G, title: str) -> str:
    """vis-network alone: the same records, physics off, marked ready after its first draw."""
    data = page_data(G, title=title)
    # the tooltips whole: the viewer's page gives each evidence sentence once and puts it back in each title
    records = {"nodes": [{k: v for k, v in n.items() if k not in ("ng", "x", "y")} for n in data["nodes"]],
               "edges": [{**{k: v for k, v in e.items() if k != "ng"},
                          **({"title": e["title"] + "\n" + data["evidence"][e["ng"]["ev"]]} if "ev" in e["ng"] else {})}
                         for e in data["edges"]]}
    return ("<!doctype html><meta charset=utf-8><style>html,body,#g{margin:0;height:100%}</style>"
            f"<div id=g></div><script>{_asset('vis-network.min.js')}</script>"
            f"<script type=application/json id=d>{dumps_script_json(records)}</script><script>"
            "var d=JSON.parse(document.getElementById('d').textContent);"
            "var n=new vis.Network(document.getElementById('g'),{nodes:new vis.DataSet(d.nodes),"
            "edges:new vis.DataSet(d.edges)},{physics:{enabled:false},layout:{randomSeed:7}});"
            "n.once('afterDrawing',function(){document.documentElement.setAttribute('data-ready','true')});"
            "</script>")


def time_to_ready(browser, path: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready=true]", timeout=300_000)
        times.append(time.perf_counter() - start)
        page.close()
    return statistics.median(times)


CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"


def corpus_page(n: int) -> Path:
    """corpus.html of the first n BBC articles, built once per corpus file and n (cached in the temp folder)."""
    key = hashlib.sha1(f"{CORPUS}|{CORPUS.stat().st_mtime}|{n}".encode()).hexdigest()[:12]
    out = Path(tempfile.gettempdir()) / f"newsgraph-bench-html-{key}"
    wire = out / "wire.jsonl"
    if not (out / "corpus.manifest.json").exists():
        out.mkdir(parents=True, exist_ok=True)
        with CORPUS.open(encoding="utf-8") as fh:
            lines = [json.loads(line) for _, line in zip(range(n), fh)]
        wire.write_text("".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in lines), encoding="utf-8")
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "graph.cli", "build", str(wire), "--out", str(out), "--format", "json",
                        "--jobs", "2", "--quiet"], cwd=ROOT, check=True)
        print(f"built {n} articles in {time.perf_counter() - t:.0f} s (cached in {out})", file=sys.stderr)
    from graph.corpus import plan
    from graph.corpus.corpus_graph import write_corpus_page
    sources, _ = plan([wire])
    merges = json.loads((out / "corpus.manifest.json").read_text(encoding="utf-8"))["merged_people"]
    t = time.perf_counter()
    path = write_corpus_page(out, "corpus", sources, merges)
    print(f"corpus page rendered in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def corpus_figures(browser, path: Path, runs: int) -> dict:
    """Median time to first draw, to a searched node shown, and the JS heap after both."""
    draws, searches, heaps = [], [], []
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        cdp = page.context.new_cdp_session(page)
        cdp.send("Performance.enable")
        start = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("html[data-ready=true]", timeout=300_000)
        draws.append(time.perf_counter() - start)
        # the most connected person of the biggest cluster: hidden inside it until searched for
        target = page.evaluate("""() => { const c = newsgraph.clusters[0];
            return c.members.map(id => newsgraph.data.nodes.find(n => n.id === id))
                     .sort((a, b) => a.label < b.label ? -1 : 1)[0].label; }""")
        start = time.perf_counter()
        page.evaluate("""label => { newsgraph.search(label);
            return new Promise(done => network.once("afterDrawing", done) || network.redraw()); }""", target)
        searches.append(time.perf_counter() - start)
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        heaps.append(metrics.get("JSHeapUsedSize", 0) / 2**20)
        info = page.evaluate("[newsgraph.data.nodes.length, newsgraph.data.edges.length, newsgraph.clusters.length]")
        page.close()
    return {"nodes": info[0], "edges": info[1], "clusters": info[2], "first_draw_s": round(statistics.median(draws), 3),
            "search_to_shown_s": round(statistics.median(searches), 3), "js_heap_mib": round(max(heaps), 1),
            "page_bytes": path.stat().st_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="page loads per figure; the median is printed")
    parser.add_argument("--corpus", type=int, default=1000, help="articles of the corpus page (0: leave it out)")
    args = parser.parse_args()
    print(json.dumps({"load_average": [round(x, 2) for x in os.getloadavg()], "cores": os.cpu_count()}))
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("bench_html: no chromium on PATH; install Debian's chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from graph.extract.build import build_article
    from graph.extract.language.nlp import load_pipeline
    from graph.extract.language.text import read_article
    from test_html_scale import corpus_like_graph

    seed = to_networkx(build_article(read_article(ROOT / "seeds" / "gaza-rift.txt"), load_pipeline()))
    big = to_networkx(corpus_like_graph(2000))
    page_of_corpus = corpus_page(args.corpus) if args.corpus and CORPUS.exists() else None
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=LAUNCH_ARGS)
        for name, G in (("seed", seed), ("2000-node", big)):
            t0 = time.perf_counter()
            page_html = render_network(G, title=name)
            render_s = time.perf_counter() - t0
            ours, ref = Path(tmp, f"{name}.html"), Path(tmp, f"{name}-ref.html")
            ours.write_text(page_html, encoding="utf-8")
            ref.write_text(reference_page(G, name), encoding="utf-8")
            t_ours, t_ref = time_to_ready(browser, ours, args.runs), time_to_ready(browser, ref, args.runs)
            print(json.dumps({"graph": name, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                              "render_html_s": round(render_s, 3), "page_bytes": len(page_html.encode()),
                              "first_stable_render_s": round(t_ours, 3), "reference_vis_only_s": round(t_ref, 3),
                              "ratio": round(t_ours / t_ref, 2)}))
        if page_of_corpus is not None:
            print(json.dumps({"graph": f"corpus page, {args.corpus} articles",
                              **corpus_figures(browser, page_of_corpus, args.runs)}))
        browser.close()
    print(json.dumps({"load_average": [round(x, 2) for x in os.getloadavg()]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
