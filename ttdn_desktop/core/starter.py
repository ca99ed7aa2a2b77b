"""What a new unit's catalogue starts with, so the first records have topics and outlets to pick.

Chosen once, on the first-start path, and only into an empty catalogue: the officer edits or
trashes any of them in Danh mục like their own. The topics are those domain.md lists for the
guidance documents; the outlets are the central press every province's reports name.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ttdn_desktop.core.models import Organization, Topic

STARTER_TOPICS: tuple[str, ...] = (
    "Hoạt động đối ngoại của lãnh đạo tỉnh",
    "Đoàn khách quốc tế đến thăm, làm việc tại tỉnh",
    "Hợp tác với các địa phương, tổ chức nước ngoài",
    "Hình ảnh, tiềm năng, văn hóa, con người của tỉnh",
    "Thành tựu phát triển kinh tế - xã hội và hội nhập quốc tế",
    "Chủ quyền biển, đảo",
    "Đấu tranh, phản bác thông tin sai lệch, xấu độc",
)

# (name, short name) of central outlets; kind "press", scope "central".
STARTER_CENTRAL_PRESS: tuple[tuple[str, str], ...] = (
    ("Báo Nhân Dân", "Nhân Dân"),
    ("Thông tấn xã Việt Nam", "TTXVN"),
    ("Đài Truyền hình Việt Nam", "VTV"),
    ("Đài Tiếng nói Việt Nam", "VOV"),
    ("Báo Quân đội nhân dân", "QĐND"),
    ("Báo Điện tử Chính phủ", "Báo Chính phủ"),
)


@dataclass(frozen=True)
class StarterAdded:
    topics: int
    outlets: int


def add_starter_catalogue(session: Session) -> StarterAdded:
    """Add the starter topics and central outlets where that part of the catalogue is empty."""
    topics = outlets = 0
    if not session.scalar(select(func.count()).select_from(Topic)):
        session.add_all(Topic(name=name) for name in STARTER_TOPICS)
        topics = len(STARTER_TOPICS)
    press = select(func.count()).where(Organization.kind == "press")
    if not session.scalar(press):
        session.add_all(
            Organization(name=name, short_name=short, kind="press", press_scope="central")
            for name, short in STARTER_CENTRAL_PRESS
        )
        outlets = len(STARTER_CENTRAL_PRESS)
    session.flush()
    return StarterAdded(topics, outlets)
