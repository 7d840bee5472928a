"""Structure: who holds which office and who sits in which body, read from the Context. build.py runs it before
the stance frames, which read its holds ("the prime minister said").

    find.structure_statements(ctx) -> [Statement] (holds, member_of)

    find.py          structure_statements: holds and member_of
    placing.py       member_of from how a person is placed in a body without a title
    apposition.py    whether a name and a title a comma apart are one person's or two people's
    title_bodies.py  bodies a post or a verb of leading places its holder in
    descriptions.py  holders of a title no name goes with
    known_holders.py the holder of a post named only with "the", the person the story is about

These import language/, entities/ (scope) and reference/; find.py also takes its evidence from statements/
(evidence_of): an import against the flow.
"""
