"""Insights' own records (docs/architecture.md): it reads cases, never writes them."""
