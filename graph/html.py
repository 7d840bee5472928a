"""Placeholder until the viewer lands: a minimal, escaped page."""
from __future__ import annotations

import html

from .model import ArticleGraph

__all__ = ["render_html"]


def render_html(graph: ArticleGraph) -> str:
    rows = "\n".join(f"<li>{html.escape(s.subject)} {s.relation} {html.escape(s.object)}</li>" for s in graph.statements)
    return f"<!doctype html><meta charset=utf-8><title>{html.escape(graph.article.name)}</title><ul>{rows}</ul>\n"
