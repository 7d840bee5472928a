"""A battery of headlines (fresh-text precision): a headline in quotation marks is the desk's summary of a claim the
body tells again with its speaker, so it takes no speaker from the quotation run it opens (speakers._title_line);
a headline that names its speaker, and the body's own quotations, keep theirs. Every text is invented."""
from __future__ import annotations

import pytest

from conftest import assert_sides, sides_params

W = "warns"

# (construction, text, holder, sides any one of which is the reading, sides that would be a misreading)
CASES = [
    ("quoted", "'Harbour levy could cost £9m'\n\nIt could cost £9m to run the harbour levy at Port Avel, ministers have revealed.",
     "government", [], [(W, "harbour levy")]),
    # close readings that stay: a headline that names its speaker, the body's reported claim
    ("named", "Levy 'will hurt farmers', says union\n\nThe Farmers Union says the harbour levy will hurt farmers across the island.",
     "Farmers Union", [(W, "harbour levy")], []),
    ("body", "Levy row grows\n\nThe Farmers Union said the harbour levy would hurt farmers. \"It will ruin small farms,\" "
             "the union added.", "Farmers Union", [(W, "harbour levy")], []),
]


@pytest.mark.parametrize("construction, text, holder, sides, wrong", list(sides_params(CASES)))
def test_headline_speaker(build_text, construction, text, holder, sides, wrong):
    assert_sides(build_text(text), holder, sides, wrong, wrong_inside=True)
