"""Danish language tools shared by the apps: words and their lemmas (``lemmas.py``)."""
