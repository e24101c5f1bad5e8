#!/usr/bin/env python
"""Django's usual entry point; the same as the ``borgerraad`` console command."""

from borgerraad.cli import main

if __name__ == "__main__":
    main()
