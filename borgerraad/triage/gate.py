"""One search per text for the words the rarer lexicon groups begin with (``lexicon.SharedGate``).

Most texts hold none of the words of a given area's service list, of the aids, of the discrimination or
legality words ...; each of those groups used to be searched over the whole text all the same. Their words'
heads (``lexicon.word_heads``: "hjemmehjælp", "ikke lovlig") are searched for once, together, when the first of
them is asked about a text, and a group none of whose heads stands at a word's start in the text is not
searched in it (the same matches: tests/triage/test_area_gate.py). ``features.features_extract`` names the text
(``TEXT.start``); the modules add their groups as they are imported (``TEXT.add``), and ``features`` builds the
gate at the end of its import, so that the command's first line does not pay for it.
"""

from __future__ import annotations

from borgerraad.triage import lexicon

TEXT = lexicon.SharedGate()
