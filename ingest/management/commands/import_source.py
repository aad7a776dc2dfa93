"""
Import an article and print what extraction found in it.

    python manage.py import_source article.html --url https://example.org/a --published 2024-10-24
    curl -s https://example.org/a | python manage.py import_source - --json
    python manage.py import_source articles/ more/*.txt --user editor     # many files, Django started once

With several files (or a directory: its .txt and .html files, sorted), each is imported on its own:
one refused file is reported and the others go on; the command then exits with an error naming the
refused ones. Progress ("[3/40] name.txt: 12 suggestions") goes to standard error.
"""

import json
import sys
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from core.services import ServiceError
from ingest.models import Suggestion
from ingest.reading import max_import_bytes
from ingest.services import source_import
from sources.models import Actor

_ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CommandError(f"--published {text!r} is not a date: use YYYY-MM-DD.") from exc


def _number(number: Decimal | None) -> str | None:
    return None if number is None else format(Decimal(number).normalize(), "f")


def suggestion_json(s: Suggestion) -> dict:
    """One suggestion for scripts: the figure with its bounds, who said it, how, when, and the quote."""
    return {
        "id": s.pk,
        "state": s.state,
        "value": _number(s.value),
        "lower": _number(s.lower),
        "upper": _number(s.upper),
        "unit": s.unit,
        "qualifier": s.qualifier,
        "multiplier": s.multiplier,
        "derived": s.derived,
        "figure": s.figure,
        "speaker": s.speaker_name or None,
        "speaker_actor": s.speaker.slug if s.speaker is not None else None,
        "via": s.via_name or None,
        "stance": s.stance,
        "date": s.date.isoformat() if s.date else None,
        "date_end": s.date_end.isoformat() if s.date_end else None,
        "date_text": s.date_text,
        "quote": s.quote,
        "start": s.start,
        "end": s.end,
        "matched_claim": s.matched_claim.slug if s.matched_claim is not None else None,
    }


class Command(BaseCommand):
    help = (
        "Import an article (.txt or .html, or - for standard input) as a source, and list the quantity claims "
        "extraction finds in it. Importing the same URL or text again finds the existing source."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "files",
            nargs="+",
            metavar="file",
            help="The article: a .txt or .html file, or - to read standard input. Several files, or a directory "
            "of them, are imported one after the other.",
        )
        parser.add_argument("--url", default="", help="Where it was published.")
        parser.add_argument("--title", default="", help="Defaults to the page's <title> or the first line.")
        parser.add_argument("--publisher", metavar="SLUG", help="Slug of the actor that published it.")
        parser.add_argument("--published", metavar="YYYY-MM-DD", help="Publication date; dates in the text use it.")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="Print the suggestions as a JSON array."
        )
        parser.add_argument(
            "--user", metavar="USERNAME", help="Import as this newsroom member (their permissions apply)."
        )

    def handle(self, *args, files: list[str], url: str, title: str, as_json: bool, **options) -> None:
        user = self._user(options["user"])
        publisher = self._publisher(options["publisher"])
        published_at = None
        if options["published"]:
            published_at = timezone.make_aware(datetime.combine(_day(options["published"]), time.min))
        paths = self._expand(files)
        if len(paths) == 1 and paths[0] == files[0] and not Path(files[0]).is_dir():
            result = self._import(paths[0], url=url, title=title, publisher=publisher, published_at=published_at,
                                  user=user)  # fmt: skip
            self._report(result, as_json=as_json)
            return
        if url or title:
            raise CommandError("--url and --title name one article: give them with a single file.")
        refused, out = [], []
        for i, path in enumerate(paths, 1):
            try:
                result = self._import(path, url="", title="", publisher=publisher, published_at=published_at,
                                      user=user)  # fmt: skip
            except CommandError as exc:
                refused.append(path)
                self.stderr.write(f"[{i}/{len(paths)}] {path}: {exc}")
                continue
            n = len(result.suggestions)
            state = "imported" if result.created else "already imported"
            self.stderr.write(f"[{i}/{len(paths)}] {path}: {state} as '{result.source.slug}', {n} suggestions")
            if as_json:
                out.append({"file": path, "source": result.source.slug, "created": result.created,
                            "suggestions": [suggestion_json(s) for s in result.suggestions]})  # fmt: skip
            else:
                self._summary(result)
        if as_json:
            self.stdout.write(_dumps(out))
        if refused:
            raise CommandError(f"{len(refused)} of {len(paths)} files were not imported: {', '.join(refused)}")

    def _expand(self, files: list[str]) -> list[str]:
        """The files given, with each directory replaced by its .txt and .html files in name order."""
        paths: list[str] = []
        for name in files:
            path = Path(name)
            if name != "-" and path.is_dir():
                found = sorted(
                    p for p in path.iterdir() if p.suffix.lower() in (".txt", ".html", ".htm") and p.is_file()
                )
                if not found:
                    raise CommandError(f"{name} holds no .txt or .html file.")
                paths.extend(str(p) for p in found)
            else:
                paths.append(name)
        if paths.count("-") > 1 or ("-" in paths and len(paths) > 1):
            raise CommandError("Standard input (-) can only be imported on its own.")
        return paths

    def _import(self, file: str, *, url: str, title: str, publisher, published_at, user):
        data, filename = self._read(file)
        try:
            return source_import(
                file=data, filename=filename, url=url, title=title, publisher=publisher,
                published_at=published_at, by=user,
            )  # fmt: skip
        except ValidationError as exc:
            raise CommandError(f"Nothing was imported: {self._reason(exc)}") from exc
        except ServiceError as exc:
            raise CommandError(f"Nothing was imported: {exc.message}") from exc

    def _report(self, result, *, as_json: bool) -> None:
        if as_json:
            self.stdout.write(_dumps([suggestion_json(s) for s in result.suggestions]))
            if not result.created:
                self.stderr.write(f"Already imported as source '{result.source.slug}': nothing new was stored.")
            return
        self._summary(result)

    def _user(self, username: str | None):
        if not username:
            return None  # run on the server: trusted, recorded without a user
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"--user: there is no user '{username}'.") from exc

    def _publisher(self, slug: str | None) -> Actor | None:
        if not slug:
            return None
        try:
            return Actor.objects.get(slug=slug)
        except Actor.DoesNotExist as exc:
            raise CommandError(f"--publisher: there is no actor with the slug '{slug}'.") from exc

    def _read(self, file: str) -> tuple[bytes, str]:
        limit = max_import_bytes()
        if file == "-":
            return sys.stdin.buffer.read(limit + 1), ""
        path = Path(file)
        try:
            with path.open("rb") as handle:
                return handle.read(limit + 1), path.name
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror or exc}") from exc

    @staticmethod
    def _reason(exc: ValidationError) -> str:
        if hasattr(exc, "error_dict"):
            return " ".join(f"{field}: {' '.join(errors)}" for field, errors in exc.message_dict.items())
        return " ".join(exc.messages)

    def _summary(self, result) -> None:
        source = result.source
        if result.created:
            self.stdout.write(self.style.SUCCESS(f"Imported “{source.title}” as source '{source.slug}'."))
        else:
            self.stdout.write(self.style.WARNING(f"Already imported as source '{source.slug}': nothing new stored."))
        self.stdout.write(f"SHA-256 {source.text_sha256}, {len(source.text):,} characters of text.")
        n = len(result.suggestions)
        self.stdout.write(f"{n} suggestion{'s' if n != 1 else ''}:")
        for i, s in enumerate(result.suggestions, 1):
            quantity = s.quantity
            what = str(quantity) if quantity else f"date: {s.date_text or s.date}"
            if quantity and quantity.bounds_text:
                what += f" ({quantity.bounds_text})"
            who = s.speaker_name or "nobody named"
            if s.via_name:
                who += f", via {s.via_name}"
            when = f", {s.date.isoformat()}" if s.date else ""
            if s.date_end and s.date_end != s.date:
                when += f" to {s.date_end.isoformat()}"
            state = "" if s.is_pending else f" [{s.get_state_display().lower()}]"
            self.stdout.write(f"{i:3}. {what} — {who} ({s.stance}{when}){state}")
            self.stdout.write(f"     “{s.quote}”")
            if s.matched_claim_id:
                self.stdout.write(f"     looks like the existing claim '{s.matched_claim.slug}'")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
