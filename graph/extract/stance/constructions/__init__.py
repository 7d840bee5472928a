"""Constructions that state a side with no cue word of their own, or turn the side a cue gives: posts
sought, concessions, measures brought in or lifted, partners refused, permissions refused, money offered, deeds punished, calls to quit,
reasons, acts taken up again, threats, policies upheld, wished states, actors likened to something, quarrels, sides named by a prefix.

    ambitions.py      posts sought: one backs one's own bid for a post
    arranged.py       acts arranged ("the firm is to close its plant"): the actor backs its own act
    concessions.py    a stance noun in a concession ("despite opposition from X")
    fielded.py        the body behind the people it fields to act
    future_acts.py    acts foretold of their doer ("the firm will sell new shares"): the actor backs its own act
    headlines.py      a headline's bare participle is a passive ("Greens attacked over X"): its subject is acted on
    likened.py        an actor likened to something ("likened X to a cartel") is jibed at
    measures.py       measures brought in are backed, measures lifted opposed
    partners.py       partners refused or sought ("would not govern alongside X")
    permits.py        a permission refused opposes what is not let be ("will not allow X")
    prefixed.py       a side named by a prefix ("pro-hunting MPs", "his anti-war stance")
    provisions.py     money offered for a purpose backs the measure
    punished.py       a deed punished is a side against it
    quarrels.py       actors quarrelling ("A and B clashed", "the feud between A and B") are each against the other
    quit_calls.py     calls to quit ("asked Kent to step down")
    reasons.py        the reason a side is taken on an actor ("attacked X for wanting Y")
    taken_up.py       acts taken up again ("welcomed the move")
    threats.py        a sanction threatened on a condition opposes the condition
    upheld.py         a policy signed, extended, renewed or enforced is backed by the one who does it
    wished_states.py  a side on a passive clause that undoes, keeps or brings in a thing
"""
