"""Whose records a report or a statistic covers: the own unit, one sending unit, or all units.

The level above (a Sở receiving packages from districts and departments) keeps each sending
unit's records under that unit (see exchange.package_import). Everything that counts takes a
`UnitScope`; the default is the own unit, so what a unit reports about itself never changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ttdn_desktop.core import labels
from ttdn_desktop.core.errors import ValidationError
from ttdn_desktop.core.models import Activity, Document, Organization, PressItem, ReceivedPackage
from ttdn_desktop.core.periods import Period
from ttdn_desktop.core.stats import period_stats
from ttdn_desktop.core.text import fold
from ttdn_desktop.core.units import own_unit_id, require_own_unit


@dataclass(frozen=True)
class UnitScope:
    """`unit_id` set: that unit only; `all_units`: the sum of every unit; neither: own unit."""

    unit_id: int | None = None
    all_units: bool = False

    @property
    def is_own(self) -> bool:
        return self.unit_id is None and not self.all_units


OWN_UNIT = UnitScope()
ALL_UNITS = UnitScope(all_units=True)


def other_units(session: Session) -> list[Organization]:
    """Units other than the own one that own records (received in packages), by name."""
    own = own_unit_id(session)
    if own is None:
        return []
    ids: set[int] = set()
    for model in (Document, Activity, PressItem):
        ids |= set(
            session.scalars(
                select(model.unit_id)
                .where(model.unit_id != own, model.deleted_at.is_(None))
                .distinct()
            )
        )
    if not ids:
        return []
    units = session.scalars(select(Organization).where(Organization.id.in_(ids)))
    return sorted(units, key=lambda o: fold(o.name))


def sending_units(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the units whose packages were received, by name: the choices of a list's
    unit filter, read from the small table of packages rather than from every record."""
    rows = session.execute(
        select(Organization.id, Organization.name).where(
            Organization.id.in_(select(ReceivedPackage.unit_id))
        )
    ).all()
    return sorted(((int(i), str(n)) for i, n in rows), key=lambda row: fold(row[1]))


def find_unit(session: Session, text: str) -> Organization:
    """A unit named on the command line: its number, full or short name, or a unique part of it.

    Raises:
        ValidationError: no unit, or several, match; the message lists the units there are.
    """
    units = other_units(session)
    own = require_own_unit(session)
    candidates = [own, *units]
    key = fold(text)
    exact = [u for u in candidates if key in (str(u.id), fold(u.name), fold(u.short_name or ""))]
    found = exact or [u for u in candidates if key and key in fold(u.name)]
    if len(found) == 1:
        return found[0]
    listing = "; ".join(f"{u.id}: {u.name}" for u in candidates)
    if not found:
        raise ValidationError(
            f"Không có đơn vị nào khớp “{text}”. Các đơn vị có số liệu: {listing}."
        )
    raise ValidationError(
        f"Có {len(found)} đơn vị khớp “{text}”: "
        + "; ".join(f"{u.id}: {u.name}" for u in found)
        + ". Hãy ghi rõ hơn, hoặc dùng số của đơn vị."
    )


def scope_stats(session: Session, period: Period, scope: UnitScope = OWN_UNIT) -> dict[str, int]:
    """The figures of the period for the scope (period_stats over one unit, or over all)."""
    if scope.all_units:
        return period_stats(session, period, None)
    unit_id = scope.unit_id if scope.unit_id is not None else own_unit_id(session)
    return period_stats(session, period, unit_id)


@dataclass
class UnitFigures:
    unit_id: int
    name: str
    short_name: str | None
    is_own: bool
    stats: dict[str, int]


def stats_by_unit(session: Session, period: Period) -> list[UnitFigures]:
    """The figures of every unit, own unit first: the rows of the per-unit breakdown."""
    own = require_own_unit(session)
    return [
        UnitFigures(u.id, u.name, u.short_name, u.id == own.id, period_stats(session, period, u.id))
        for u in [own, *other_units(session)]
    ]


def scope_label(session: Session, scope: UnitScope) -> str:
    """How the scope is named to the officer: 'Đơn vị mình', a unit's name, 'Tất cả đơn vị'."""
    if scope.all_units:
        return labels.SCOPE_ALL_UNITS
    if scope.unit_id is None:
        return labels.SCOPE_OWN_UNIT
    unit = session.get(Organization, scope.unit_id)
    return unit.name if unit is not None else f"Đơn vị số {scope.unit_id}"
