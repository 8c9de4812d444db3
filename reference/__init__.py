"""Reference data and the shared vocabulary: the bottom layer every app may import.

``reference/data/`` holds the official lists (SCB counties and municipalities, SNI 2007, SSYK
2012) and the vocabulary built on them: the occupation names people use and their forms in the
site's languages. ``reference.places`` and ``reference.occupations`` find them in free text
without a database, so search (per keystroke) and the route finder share one understanding of a
question. This package imports no other app of the project.
"""
