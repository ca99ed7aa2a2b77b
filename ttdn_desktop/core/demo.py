"""The demo year: the 2020 records of Sở TTTT Bắc Kạn, loaded from `db/demo/bac_kan_2020.json`.

The data file is the one place the demo lives; tests and the report checks read their figures
from the database this loader fills, never from a copy.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core import labels
from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.errors import DatabaseOpenError, TtdnError
from ttdn_desktop.core.models import (
    Activity,
    Assessment,
    Document,
    Organization,
    PlanTarget,
    PressItem,
    Setting,
    Topic,
)
from ttdn_desktop.core.paths import demo_db_path
from ttdn_desktop.core.text import clean
from ttdn_desktop.core.units import ProfileData, own_unit, set_own_unit
from ttdn_desktop.resources import resource_path

DEMO_FILE = ("db", "demo", "bac_kan_2020.json")
DEMO_MARK = "demo_dataset"
DEMO_YEAR = 2020


class DemoAlreadyLoaded(TtdnError):
    pass


def demo_file() -> Path:
    return resource_path(*DEMO_FILE)


def read_demo() -> dict[str, Any]:
    with demo_file().open(encoding="utf-8") as fh:
        return json.load(fh)


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _text(record: dict[str, Any], key: str) -> str | None:
    return clean(record.get(key))


def load_demo(session: Session) -> dict[str, int]:
    """Load the demo year into an empty database (or one holding only the demo unit's profile).

    Returns:
        how many records of each kind were added.

    Raises:
        DemoAlreadyLoaded: when the demo is already there, or the database already holds another
            unit's records (the demo never mixes with real data).
    """
    if session.get(Setting, DEMO_MARK) is not None:
        raise DemoAlreadyLoaded(
            "Dữ liệu mẫu năm 2020 đã có trong cơ sở dữ liệu này; không nạp lại."
        )
    existing = own_unit(session)
    has_records = any(
        session.scalar(select(func.count()).select_from(model))
        for model in (Document, Activity, PressItem)
    )
    if existing is not None or has_records:
        raise DemoAlreadyLoaded(
            "Cơ sở dữ liệu này đã có dữ liệu của đơn vị"
            f"{' “' + existing.name + '”' if existing else ''}. Dữ liệu mẫu chỉ nạp vào một cơ sở "
            "dữ liệu riêng: hãy dùng “ttdn --db demo.sqlite demo” hoặc mục “Mở dữ liệu mẫu”."
        )
    data = read_demo()
    return _load(session, data)


def _load(session: Session, data: dict[str, Any]) -> dict[str, int]:
    orgs: dict[str, Organization] = {}
    own_key = data["own_unit"]
    own_spec = next(o for o in data["organizations"] if o["key"] == own_key)
    unit = set_own_unit(session, own_spec["name"], ProfileData(**data["profile"]))
    unit.short_name = _text(own_spec, "short_name")
    orgs[own_key] = unit
    for spec in data["organizations"]:
        if spec["key"] == own_key:
            continue
        org = Organization(
            name=_text(spec, "name"),
            short_name=_text(spec, "short_name"),
            kind=spec["kind"],
            press_scope=spec.get("press_scope"),
            address=_text(spec, "address"),
        )
        session.add(org)
        orgs[spec["key"]] = org

    topics = {t["key"]: Topic(name=_text(t, "name")) for t in data["topics"]}
    session.add_all(topics.values())

    def org(key: str | None) -> Organization | None:
        return orgs[key] if key else None

    def topic_list(keys: list[str] | None) -> list[Topic]:
        return [topics[k] for k in keys or []]

    documents: dict[str, Document] = {}
    for spec in data["documents"]:
        doc = Document(
            unit=unit,
            kind=spec["kind"],
            direction=spec["direction"],
            number_symbol=_text(spec, "number_symbol"),
            issued_date=_date(spec["date"]),
            issuer=org(spec.get("issuer")),
            subject=_text(spec, "subject"),
            is_press_guidance=bool(spec.get("is_press_guidance")),
            basis=_text(spec, "basis"),
            notes=_text(spec, "notes"),
            topics=topic_list(spec.get("topics")),
            recipients=[orgs[k] for k in spec.get("recipients") or []],
        )
        doc.targets = [
            PlanTarget(
                position=i,
                description=_text(t, "description"),
                quantity=t.get("quantity"),
                unit_label=_text(t, "unit_label"),
                deadline=_date(t.get("deadline")),
                responsible=org(t.get("responsible")),
                counts_kind=t.get("counts_kind"),
            )
            for i, t in enumerate(spec.get("targets") or [], start=1)
        ]
        session.add(doc)
        documents[spec["key"]] = doc
    for spec in data["documents"]:
        if spec.get("plan"):
            documents[spec["key"]].plan = documents[spec["plan"]]

    ints = tuple(labels.ACTIVITY_COUNT_FIELDS)
    texts = ("place", "audience", "themes", "channel", "questions", "result", "notes")
    for spec in data["activities"]:
        session.add(
            Activity(
                unit=unit,
                kind=spec["kind"],
                title=_text(spec, "title"),
                start_date=_date(spec["start"]),
                end_date=_date(spec.get("end")),
                host=org(spec.get("host")),
                plan=documents[spec["plan"]] if spec.get("plan") else None,
                co_organizers=[orgs[k] for k in spec.get("co_organizers") or []],
                topics=topic_list(spec.get("topics")),
                **{k: spec.get(k) for k in ints},
                **{k: _text(spec, k) for k in texts},
            )
        )

    press_texts = (
        "title",
        "link",
        "summary",
        "field",
        "proposed_handling",
        "transfer_ref",
        "result",
    )
    press_dates: dict[str, Callable[[str | None], date | None]] = dict.fromkeys(
        ("transfer_date", "deadline", "handled_date", "reply_date"), _date
    )
    for spec in data["press_items"]:
        session.add(
            PressItem(
                unit=unit,
                outlet=org(spec.get("outlet")),
                scope=spec.get("scope"),
                published_date=_date(spec["published"]),
                assessment=spec.get("assessment"),
                assigned=org(spec.get("assigned")),
                status=spec["status"],
                outlet_replied=bool(spec.get("outlet_replied")),
                topics=topic_list(spec.get("topics")),
                **{k: _text(spec, k) for k in press_texts},
                **{k: convert(spec.get(k)) for k, convert in press_dates.items()},
            )
        )

    for spec in data["assessments"]:
        session.add(
            Assessment(
                unit_id=unit.id,
                period_start=_date(spec["period_start"]),
                period_end=_date(spec["period_end"]),
                strengths=_text(spec, "strengths"),
                shortcomings=_text(spec, "shortcomings"),
                directions=_text(spec, "directions"),
                recommendations=_text(spec, "recommendations"),
            )
        )
    session.merge(Setting(key=DEMO_MARK, value={"year": DEMO_YEAR, "file": "/".join(DEMO_FILE)}))
    session.flush()
    return {
        "organizations": len(orgs),
        "topics": len(topics),
        "documents": len(documents),
        "activities": len(data["activities"]),
        "press_items": len(data["press_items"]),
        "assessments": len(data["assessments"]),
    }


def is_demo(session: Session) -> bool:
    return session.get(Setting, DEMO_MARK) is not None


def open_demo_database() -> Database:
    """Open the separate demo database, creating it and loading the demo year the first time.

    Raises:
        DatabaseOpenError: when it cannot be opened or the demo year cannot be loaded; the
            message says why, in Vietnamese.
    """
    db = open_database(demo_db_path())
    try:
        with db.session() as session:
            if not is_demo(session):
                load_demo(session)
    except FileNotFoundError as exc:
        db.close()
        raise DatabaseOpenError(
            f"Không nạp được dữ liệu mẫu năm 2020: {exc}. Hãy cài lại chương trình."
        ) from exc
    except TtdnError as exc:
        db.close()
        raise DatabaseOpenError(str(exc)) from exc
    return db
