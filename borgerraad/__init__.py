"""Borgerrådgiveren: the case system of a Danish municipal citizens' advisor."""
