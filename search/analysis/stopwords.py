"""Stop words: words too common to search on, per language (Snowball's lists, trimmed)."""

from __future__ import annotations

__all__ = ["STOP_WORDS"]

# Snowball's Swedish list. Words that carry meaning in our field stay searchable: "under" is on
# Snowball's list but is kept out of it here so that "undersköterska" splits into real parts.
_SWEDISH = """
alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina
ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon
honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot
mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle
som så sådan sådana sådant till är än vad vem vi vilka vilkas vilken vilket vara varför varit
varje vars vart vem ut vid våra vårt åt över
"""

_ENGLISH = """
a an and are as at be but by for from has have if in into is it its of on or that the their
then there these they this to was were what when where which who will with you your
"""

# Arabic prepositions, pronouns and particles written as words of their own ("عملت لحام في
# سوريا": "في" is "in"); prefixed clitics (و, ب, ال) are part of their word and left alone.
_ARABIC = """
في من الى إلى على عن مع أن ان إن هذا هذه ذلك تلك التي الذي الذين او أو ثم هو هي هم انا أنا نحن
انت أنت قد لا ما لم لن كل بعد قبل عند حتى كان كانت يكون
"""

STOP_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset(_SWEDISH.split()),
    "en": frozenset(_ENGLISH.split()),
    "ar": frozenset(_ARABIC.split()),
}
