"""The end of a parallel corpus build: the last batches are single articles, the shortest last."""
from dataclasses import dataclass

import pytest

from graph.corpus.run import _batches


@dataclass(frozen=True)
class _Item:
    name: str
    words: int


def _todo(lengths):
    return [(_Item(f"a{i:03d}", words), f"key{i}") for i, words in enumerate(lengths)]


@pytest.mark.parametrize("n", [0, 1, 3, 5, 17, 40, 401])
def test_longest_first_keeps_every_article_once(n):
    todo = _todo([(i * 37) % 101 for i in range(n)])
    batches = _batches(todo, 16, longest_first=True)
    assert sorted(sum(batches, []), key=lambda item: item[0].name) == todo


def test_the_tail_runs_longest_first_and_ends_in_single_articles():
    todo = _todo([(i * 37) % 101 + 1 for i in range(100)])
    batches = _batches(todo, 16, longest_first=True)
    flat = sum(batches, [])
    assert flat[:68] == todo[:68]  # the head keeps input order
    tail = [item[0].words for item in flat[68:]]
    assert tail == sorted(tail, reverse=True)
    assert [len(b) for b in batches[-4:]] == [1, 1, 1, 1] and len(batches[-5]) == 4


def test_one_worker_keeps_input_order():
    todo = _todo([(i * 37) % 101 for i in range(100)])
    assert sum(_batches(todo, 16), []) == todo
