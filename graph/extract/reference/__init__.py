"""Reference: who a word stands for. The Context of an article (its parse, entities and lexicon) with what each
pronoun, description and list stands for, resolved once; every later rule asks it.

    context.make_context(parsed, resolution, lex, headings) -> Context
    actors.actors(ctx, token, sentence) -> [entity id]

    context.py             make_context: what each pronoun and description stands for, resolved once
    actors.py              actors(ctx, token): the entities a word stands for; lists, appositions
    salience.py            which person "he" or "she" is, and who "the home secretary" is
    addressees.py          whose "his" or "her" it is when a verb acts on a person
    apposed.py             apposed names of a holder ("the senior Whig on the panel, Ann Lee")
    counted.py             counted descriptions ("both men") and the unnamed person an article opens on
    described_bodies.py    what a bare description of a body ("the bank", "the party") points to
    holder_parts.py        the parts of a holder phrase that name its actors
    it_subjects.py         when a subject "it" is the body a sentence goes on about
    plural_antecedents.py  the group a plural pronoun stands for
    antecedents.py         a pronoun target that points back at a policy rather than an actor
    outlets.py             news outlets: the channel of what others say, holders only in their own voice

These import language/, entities/ and graph.model.
"""
