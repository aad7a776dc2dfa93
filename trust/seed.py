"""
Load the transparency pages and the team from a TOML file, idempotently, as seeds.load loads the
demo newsroom: each row is found by its natural key and saved only when a value differs, so a
second run writes nothing (no row, no history). A bad row raises TrustSeedError naming it.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models, transaction

from trust.models import TeamMember, TransparencyPage

DEFAULT_TRUST_SEED_FILE = Path(__file__).resolve().parent / "transparency.toml"


class TrustSeedError(Exception):
    pass


def load_trust_seed(path: Path = DEFAULT_TRUST_SEED_FILE) -> list[str]:
    """Load the pages and the team; returns one line per model: 'N created, N updated, N unchanged'."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TrustSeedError(f"Cannot read {path}: {exc}") from exc
    counts: dict[str, Counter] = {}
    with transaction.atomic():
        for row in data.get("pages", []):
            values = {"title": row["title"], "summary": row.get("summary", ""), "body": row["body"].strip()}
            _upsert(counts, TransparencyPage, {"kind": row["kind"]}, values)
        for row in data.get("team", []):
            values = {
                "name": row["name"],
                "role": row["role"],
                "bio": row.get("bio", "").strip(),
                "user": _user(row),
                "order": row.get("order", 0),
                "is_listed": row.get("is_listed", True),
            }
            _upsert(counts, TeamMember, {"slug": row["slug"]}, values)
    return [
        f"{name}: {c['created']} created, {c['updated']} updated, {c['unchanged']} unchanged"
        for name, c in sorted(counts.items())
    ]


def _user(row: dict[str, Any]):
    if not row.get("user"):
        return None
    user = get_user_model()._default_manager.filter(username=row["user"]).first()
    if user is None:
        raise TrustSeedError(f"team member '{row['slug']}': no user '{row['user']}' (load the demo users first).")
    return user


def _upsert(counts: dict[str, Counter], model: type[models.Model], lookup: dict, values: dict) -> None:
    name = str(model._meta.verbose_name_plural)
    tally = counts.setdefault(name, Counter())
    obj = model._default_manager.filter(**lookup).first()
    if obj is None:
        obj = model(**lookup, **values)
        tally["created"] += 1
    elif any(getattr(obj, key) != value for key, value in values.items()):
        for key, value in values.items():
            setattr(obj, key, value)
        tally["updated"] += 1
    else:
        tally["unchanged"] += 1
        return
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise TrustSeedError(f"{model._meta.verbose_name} {lookup}: {'; '.join(exc.messages)}") from exc
    obj.save()
