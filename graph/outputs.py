"""Where graph.io.outputs used to be: tests/test_eval_scores.py, owned by the integrator, still imports it here.

Imports graph.io.outputs only; delete this module once that test imports graph.io.outputs.
"""
from .io.outputs import FORMATS, atomic_binary, atomic_write, render, write_outputs

__all__ = ["FORMATS", "atomic_binary", "atomic_write", "render", "write_outputs"]
