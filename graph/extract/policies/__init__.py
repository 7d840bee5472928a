"""Policies: what in the parse names a policy. Whether a word reads as one, which word of a target heads it, how
far its phrase runs, and the Positions that make its paraphrases one node. The stance rules ask it whether a target
is a policy; statements/targets makes the frames' targets positions with it.

    policy_tokens, target_heads, phrase_spans: (token, lex) -> whether, where and how far a policy is named
    positions.cluster_positions([PositionMention], ...) -> Positions (one cluster per position)

    policy_tokens.py  whether a word reads as a policy, and which noun inside it names one
    target_heads.py   which word of a target names the thing taken sides on
    act_nouns.py      whether a noun names an act taken sides on, by its WordNet classes (data/noun_classes.json)
    salient_nouns.py  the policy nouns an owner's possessive makes its policy, and their yardstick senses
    phrase_spans.py   how far a position phrase runs, and the other spans naming it
    positions.py      PositionMention and Positions: paraphrases grouped into one position

These import language/ only.
"""
