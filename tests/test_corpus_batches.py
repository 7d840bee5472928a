"""How a corpus build cuts its articles into batches for the workers."""
import pytest

from graph.corpus.run import _batches


@pytest.mark.parametrize("n", [0, 1, 5, 16, 31, 32, 33, 100, 401])
def test_batches_keep_every_article_once_in_order(n):
    assert sum(_batches(list(range(n)), 16), []) == list(range(n))


def test_batches_end_small_so_no_worker_waits_long_for_the_last():
    sizes = [len(b) for b in _batches(list(range(400)), 16)]
    assert sizes[0] == 16 and max(sizes[-8:]) == 4


def test_batches_of_one_stay_one():
    assert [len(b) for b in _batches(list(range(5)), 1)] == [1] * 5
