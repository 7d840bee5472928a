"""Quoted and reported speech: who speaks in each sentence, and the side a speaker takes by what they say of an
actor or a policy (evaluations, predictions, epithets, judgements, failings, what ought to be, commitments).

    speakers.py       who is quoted or reported in each sentence (ctx.speaker)
    speech.py         evaluations and predictions in quoted and reported speech
    claims.py         claims named by a noun ("the union's claim that ...")
    verdicts.py       a court or inquiry that rules holds its judgement as a speaker does
    rebuttals.py      a claim rejected takes the other side
    effects.py        what a predicted consequence does to what it acts on
    foretold.py       a charge with the harm it foretells as its reason
    fears.py          fear and peril in speech
    polarity.py       what is said of an actor or policy, weighed by VADER's lexicon
    epithets.py       the epithet a speaker gives a policy ("the unfair levy")
    lacks.py          what a speaker says an actor lacks
    trusted.py        trust placed in an actor, lacked or lost ("had no confidence in X")
    judged_kinds.py   what a speaker says an actor is, or how it handled a matter
    conduct.py        the manner a speaker says an actor acted in
    judged_deeds.py   a deed a speaker says an actor was right or wrong to do
    extraposed.py     "it was shameful that X did Y" judges the doer
    failings.py       failings charged, and idioms of conduct
    hindsight.py      what an actor should have done
    deontic.py        what ought to be ("there should be an inquiry")
    reversals.py      an actor told to resign, apologise or think again
    existential.py    a feeling a speaker says exists ("there is anger over the levy")
    timely.py         a call for an act now ("it is time to scrap the toll")
    commitment.py     what a speaker says their own side will do
    candidacies.py    candidacies denied ("she cannot stand as a candidate")
    spoken_for.py     a minister telling what the government will do speaks for it
    ought_clauses.py  a should-clause under a verb or noun of holding a view names a proposal
"""
