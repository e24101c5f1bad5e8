"""The ``borgerraad`` console command: Django's management commands under the product's name.

``borgerraad migrate``, ``borgerraad runserver``, ``borgerraad triage`` ... all go through
here, so operators never need to know about ``manage.py``.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "borgerraad.settings")
    from django.core.management import execute_from_command_line

    args = list(sys.argv if argv is None else argv)
    args[0] = "borgerraad"
    execute_from_command_line(args)


if __name__ == "__main__":
    main()
