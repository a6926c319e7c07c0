"""``barretimer translations``: check the shipped content's translations, or write a template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from barretimer import paths
from barretimer.cli.common import UserError, read_catalog


def cmd_translations(args: argparse.Namespace) -> int:
    from barretimer.core import translations
    from barretimer.core.languages import LANGUAGES, normalize
    from barretimer.core.translation_check import check_translation, shipped_sources
    from barretimer.core.translation_template import template

    codes = [normalize(c) for c in args.languages] or [c for c in LANGUAGES if c != "en"]
    for given, code in zip(args.languages, codes, strict=False):
        if code is None or code not in LANGUAGES or code == "en":
            raise UserError(
                f"no translation for {given!r}; choose one of: "
                + ", ".join(c for c in LANGUAGES if c != "en")
            )
    shipped = paths.shipped_routines_dir()
    catalog = read_catalog()
    routines, plans = shipped_sources(shipped, catalog)
    if args.action == "template":
        if len(codes) != 1:
            raise UserError("template writes one language: barretimer translations template CODE")
        code = codes[0]
        assert code is not None
        existing = translations.load_translation_file(
            translations.translation_path(shipped, code), code
        ).translation
        text = template(code, catalog, routines, plans, existing)
        if args.output in (None, "-"):
            sys.stdout.write(text)
        else:
            Path(args.output).write_text(text, encoding="utf-8")
            print(f"Wrote {args.output}.", file=sys.stderr)
        return 0
    failed = False
    for code in codes:
        assert code is not None
        path = translations.translation_path(shipped, code)
        check = check_translation(path, code, catalog, routines, plans)
        for problem in check.errors:
            print(problem)
        if args.all:
            for problem in check.warnings:
                print(f"warning: {problem}")
        untranslated = sum(1 for w in check.warnings if w.message.startswith("not translated"))
        too_long = len(check.warnings) - untranslated
        print(
            f"{code}: {len(check.errors)} errors, {untranslated} texts not translated yet, "
            f"{too_long} cues that may not fit their slot",
            file=sys.stderr,
        )
        failed = failed or not check.ok
    return 1 if failed else 0


def add_translation_commands(commands: Any) -> None:
    parser = commands.add_parser(
        "translations", help="check the translations of the shipped content, or write a template"
    )
    parser.add_argument("action", choices=("check", "template"))
    parser.add_argument(
        "languages", nargs="*", metavar="CODE", help="de, fr, es, it, nl, pt_BR (check: all)"
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="template: write to FILE")
    parser.add_argument(
        "--all", action="store_true", help="check: list every warning, not only the counts"
    )
    parser.set_defaults(run=cmd_translations)
