"""Stance: the cues of an article read as Frames: who takes which side (supports, opposes, warns) on what
target, before targets become positions or actors.

    find.find_frames(ctx, structure) -> [Frame]

    find.py         find_frames: every cue rule over each sentence, then what frames share
    frame.py        the Frame (cue, holders, target) and the negation test rules share
    constructions/  constructions that state or turn a side with no cue word of their own
    cues/           the lexicon's cue words read in the parse: verbs, nouns, adjectives, idioms
    speech/         quoted and reported speech: who speaks, and the side their words take

These import language/, mentions/ (spans), entities/ (body_groups), reference/ and policies/, and each other.
"""
