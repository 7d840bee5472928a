"""What a quoted speaker says is needed is a wanted policy only when it is one: a quantity ("a lot of",
"a number of") is read through to what it counts, so "a lot of time is needed" wants no policy."""
import pytest

from conftest import stance_triples


@pytest.mark.parametrize("text, expected", [
    ('"After the floods, a lot of time is needed to rebuild the roads," said Eddie Lam.', set()),
    ('"A lot of reform is needed," said Eddie Lam.', {("Eddie Lam", "supports", "reform")}),
])
def test_quantity_of_what_is_needed(build_text, text, expected):
    assert stance_triples(build_text(text)) == expected
