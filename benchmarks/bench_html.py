"""Time to first stable render of the viewer in headless Chromium: the seed graph and a 2,000-node graph.

"Stable" is the moment the page sets <html data-ready="true">: layout done, physics off, drawn.
The reference, measured in the same run on the same browser, is bare vis-network drawing the same
nodes and edges with no layout and no controls: the ratio is what the viewer adds on top of it.

    .venv/bin/python benchmarks/bench_html.py [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from graph.html import _asset, dumps_script_json, page_data, render_network  # noqa: E402
from graph.nodelink import to_networkx  # noqa: E402

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync"]


def reference_page(G, title: str) -> str:
    """vis-network alone: the same records, physics off, marked ready after its first draw."""
    data = page_data(G, title=title)
    records = {"nodes": [{k: v for k, v in n.items() if k != "ng"} for n in data["nodes"]],
               "edges": [{k: v for k, v in e.items() if k != "ng"} for e in data["edges"]]}
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="page loads per figure; the median is printed")
    args = parser.parse_args()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("bench_html: no chromium on PATH; install Debian's chromium", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    from graph.build import build_article
    from graph.nlp import load_pipeline
    from graph.text import read_article
    from test_html_scale import corpus_like_graph

    seed = to_networkx(build_article(read_article(ROOT / "seeds" / "gaza-rift.txt"), load_pipeline()))
    big = to_networkx(corpus_like_graph(2000))
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
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
