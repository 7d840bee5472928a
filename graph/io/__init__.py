"""Writers and readers of files: a built graph out to RDF, node-link JSON and the HTML viewer, and back in.

    rdf.py        ArticleGraph -> rdflib Graph; Turtle and JSON-LD
    terms.py      the terms of the writers' triples: an IRI's text, a literal's form (rdflib's made on demand)
    turtle.py     the Turtle text, as Oxigraph's serializer writes it
    jsonld.py     the JSON-LD text, as json.dumps writes the document
    nodelink.py   ArticleGraph -> networkx MultiDiGraph; node-link JSON
    html.py       the interactive viewer, one self-contained page (with layout.py and assets/)
    layout.py     node positions computed when the page is built: seeded, in whole pixels
    outputs.py    every format of an article written at once, each file complete or absent
    load.py       .ttl, .jsonld and node-link .json read back as ArticleGraph (the diff reads these)
    readers.py    built graphs read back as networkx and merged by node id (analysis reads these)

The modules here import graph.model, graph.errors and graph.vocab, and each other; never the language
pipeline, except load.py building a .txt article on demand. Nothing is imported by this file: the
viewer and rdflib load only when a format needs them.
"""
