#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    from django.core.management import execute_from_command_line

    from config.startup import exit_on_configuration_error

    # A missing SECRET_KEY, a bad DATABASE_URL, an unreachable database: one line, no traceback.
    with exit_on_configuration_error():
        execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
