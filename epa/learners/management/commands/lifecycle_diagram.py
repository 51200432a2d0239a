"""Print the life cycle's Mermaid diagram, or write it into README.md (``--write``)."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from epa.learners.lifecycle import mermaid

START, END = "<!-- lifecycle:start -->", "<!-- lifecycle:end -->"


class Command(BaseCommand):
    help = "Print the apprenticeship life cycle as a Mermaid diagram; --write puts it in README.md."

    def add_arguments(self, parser):
        parser.add_argument("--write", action="store_true",
                            help="Replace the diagram between the README's lifecycle markers.")

    def handle(self, *args, write: bool = False, **options):
        block = f"{START}\n```mermaid\n{mermaid()}\n```\n{END}"
        if not write:
            self.stdout.write(block)
            return
        readme = Path(settings.BASE_DIR) / "README.md"
        text = readme.read_text(encoding="utf-8")
        if START not in text:
            raise CommandError(f"README.md has no {START} marker.")
        readme.write_text(re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block,
                                 text, flags=re.S), encoding="utf-8")
        self.stdout.write("README.md: diagram written.")
