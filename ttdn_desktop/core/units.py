"""The own unit: which organisation the officer works for, and how its reports are headed."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from ttdn_desktop.core.errors import ValidationError, ValidationErrors
from ttdn_desktop.core.labels import PROFILE_FIELDS, PROFILE_REQUIRED
from ttdn_desktop.core.models import Organization, ReceivedPackage, Setting, UnitProfile
from ttdn_desktop.core.text import clean

OWN_UNIT_KEY = "own_unit_id"


@dataclass
class ProfileData:
    """The header and signature of the unit's reports, as plain data for forms and reports."""

    parent_body: str
    body_name: str
    abbreviation: str
    place_name: str
    address: str | None = None
    signer_authority: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: list[str] = field(default_factory=list)
    distribution: list[str] = field(default_factory=list)

    def cleaned(self) -> ProfileData:
        """Return a copy in NFC, trimmed, with the required fields checked.

        Raises:
            ValidationErrors: one message per missing field, worded as the field's label.
        """
        values: dict[str, object] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, list):
                values[f.name] = [c for item in value if (c := clean(item))]
            else:
                values[f.name] = clean(value)
        errors = [missing(name) for name in PROFILE_REQUIRED if name != "name" and not values[name]]
        if errors:
            raise ValidationErrors(errors)
        return ProfileData(**values)  # type: ignore[arg-type]


def missing(field_name: str) -> ValidationError:
    """The message for an empty required field, quoting the label the form shows."""
    return ValidationError(f"Chưa nhập “{PROFILE_FIELDS[field_name]}”.", field=field_name)


def own_unit_id(session: Session) -> int | None:
    setting = session.get(Setting, OWN_UNIT_KEY)
    return int(setting.value) if setting and setting.value is not None else None


def own_records_unit_id(session: Session) -> int | None:
    """The unit whose records the everyday views show: the own unit once packages of other units
    were received, else None (every record is the own unit's, and a condition that matches every
    row would only steer SQLite away from the date indexes the lists are sorted by).

    Other units' records arrive only in packages (exchange.package_import); they count in reports
    whose scope asks for them, never in the own unit's lists, overview or reminders.
    """
    if session.scalar(select(ReceivedPackage.id).limit(1)) is None:
        return None
    return own_unit_id(session)


def own_unit(session: Session) -> Organization | None:
    unit_id = own_unit_id(session)
    return session.get(Organization, unit_id) if unit_id is not None else None


def require_own_unit(session: Session) -> Organization:
    unit = own_unit(session)
    if unit is None:
        raise ValidationError(
            "Chưa khai báo đơn vị. Hãy vào Cài đặt và nhập thông tin đơn vị trước."
        )
    return unit


def own_profile(session: Session) -> ProfileData | None:
    unit = own_unit(session)
    if unit is None or unit.profile is None:
        return None
    p = unit.profile
    return ProfileData(
        parent_body=p.parent_body,
        body_name=p.body_name,
        abbreviation=p.abbreviation,
        place_name=p.place_name,
        address=p.address,
        signer_authority=p.signer_authority,
        signer_title=p.signer_title,
        signer_name=p.signer_name,
        recipients=list(p.recipients or []),
        distribution=list(p.distribution or []),
    )


def set_own_unit(session: Session, name: str, profile: ProfileData) -> Organization:
    """Create or update the own unit and its profile.

    Args:
        name: the unit's full name as written in sentences ("Sở Thông tin và Truyền thông tỉnh …").
        profile: what its reports print in the header and signature.
    """
    # Every problem at once: a form shows each message next to its field.
    errors: list[ValidationError] = []
    full_name = clean(name)
    if not full_name:
        errors.append(missing("name"))
    try:
        profile = profile.cleaned()
    except ValidationErrors as exc:
        errors.extend(exc.errors)
    if errors:
        raise ValidationErrors(errors)
    assert full_name is not None
    unit = own_unit(session)
    if unit is None:
        unit = Organization(name=full_name, kind="own_unit")
        session.add(unit)
        session.flush()
        session.merge(Setting(key=OWN_UNIT_KEY, value=unit.id))
    unit.name = full_name
    values = {f.name: getattr(profile, f.name) for f in fields(profile)}
    if unit.profile is None:
        unit.profile = UnitProfile(**values)
    else:
        for key, value in values.items():
            setattr(unit.profile, key, value)
    return unit


def organizations_by_kind(session: Session, kind: str) -> list[Organization]:
    return list(
        session.scalars(
            select(Organization)
            .where(Organization.kind == kind, Organization.deleted_at.is_(None))
            .order_by(Organization.name)
        )
    )
