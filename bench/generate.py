"""Fill a database with N years of realistic TTĐN records, reproducibly from a seed.

    python bench/generate.py --db /tmp/bench-100k.sqlite --records 100000 [--years 10] [--seed 1]

The records are spread over the kinds in the proportions of a real unit (press items and guidance
documents dominate), with Vietnamese text with diacritics, organisations, topics, links and
attachment metadata. Rows go in through SQLAlchemy Core in large batches; the folded search
text is computed the same way the program computes it, and the FTS index fills through its
triggers, so the result is exactly what the program would have written.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

from ttdn_desktop.core.database import Database, open_database
from ttdn_desktop.core.models import (
    Activity,
    Attachment,
    Document,
    Organization,
    PressItem,
    Topic,
    activity_topics,
    document_topics,
    press_item_topics,
)
from ttdn_desktop.core.text import fold
from ttdn_desktop.core.units import ProfileData, own_unit_id, set_own_unit

PLACES = [
    "thành phố Bắc Kạn",
    "huyện Ba Bể",
    "huyện Bạch Thông",
    "huyện Chợ Đồn",
    "huyện Chợ Mới",
    "huyện Na Rì",
    "huyện Ngân Sơn",
    "huyện Pác Nặm",
    "xã Nam Mẫu",
    "thị trấn Bằng Lũng",
]
SUBJECTS = [
    "du lịch hồ Ba Bể",
    "phòng, chống dịch bệnh",
    "xúc tiến đầu tư",
    "nông sản đặc sản",
    "chủ quyền biển, đảo",
    "giảm nghèo bền vững",
    "chuyển đổi số",
    "bảo vệ rừng",
    "hợp tác quốc tế",
    "văn hóa các dân tộc",
    "xây dựng nông thôn mới",
    "cải cách hành chính",
    "đấu tranh với thông tin sai lệch",
    "miến dong Na Rì",
    "cam quýt Bắc Kạn",
]
OUTLETS = [
    "Báo Nhân dân",
    "Thông tấn xã Việt Nam",
    "Báo Tuổi trẻ",
    "VnExpress",
    "Báo Lao động",
    "Báo Bắc Kạn",
    "Đài PT-TH Bắc Kạn",
    "Báo Tiền phong",
    "Báo Thanh niên",
    "Dân trí",
]
DEPARTMENTS = [
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và PTNT",
    "Sở Y tế",
    "Sở Kế hoạch và Đầu tư",
    "Sở Giao thông vận tải",
    "Công an tỉnh",
    "Sở Tài nguyên và Môi trường",
    "Sở Ngoại vụ",
]
TOPICS = [
    "Hình ảnh, tiềm năng địa phương",
    "Biển, đảo",
    "Phòng, chống dịch",
    "Du lịch",
    "Xúc tiến đầu tư",
    "Đấu tranh thông tin sai lệch",
    "Hợp tác quốc tế",
    "Thành tựu",
]
# Share of each kind among the generated records.
MIX = [
    ("press_item", 0.45),
    ("guidance", 0.20),
    ("document", 0.05),
    ("press_info_conference", 0.05),
    ("press_briefing", 0.06),
    ("press_conference", 0.02),
    ("training", 0.04),
    ("exhibition", 0.03),
    ("media_product", 0.04),
    ("central_media_promotion", 0.02),
    ("international_delegation", 0.02),
    ("oversight", 0.01),
    ("other", 0.01),
]
BATCH = 5_000


def _setup(db: Database) -> tuple[int, list[int], list[int], list[int]]:
    with db.session() as s:
        if own_unit_id(s) is None:
            set_own_unit(
                s,
                "Sở Thông tin và Truyền thông tỉnh Bắc Kạn",
                ProfileData(
                    parent_body="UBND TỈNH BẮC KẠN",
                    body_name="SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                    abbreviation="STTTT",
                    place_name="Bắc Kạn",
                    signer_authority="KT. GIÁM ĐỐC",
                    signer_title="PHÓ GIÁM ĐỐC",
                    signer_name="Nguyễn Văn An",
                    recipients=["UBND tỉnh Bắc Kạn"],
                    distribution=["Như trên", "Lưu: VT"],
                ),
            )
        unit = own_unit_id(s)
        assert unit is not None
        if s.scalar(select(Organization.id).where(Organization.kind == "press")) is None:
            for name in OUTLETS:
                s.add(Organization(name=name, kind="press", press_scope="central"))
            for name in DEPARTMENTS:
                s.add(Organization(name=f"{name} tỉnh Bắc Kạn", kind="department"))
            for name in TOPICS:
                s.add(Topic(name=name))
        s.flush()
        press = list(s.scalars(select(Organization.id).where(Organization.kind == "press")))
        departments = list(
            s.scalars(select(Organization.id).where(Organization.kind == "department"))
        )
        topics = list(s.scalars(select(Topic.id)))
    return unit, press, departments, topics


def generate(
    db: Database,
    records: int,
    years: int = 10,
    seed: int = 1,
    end_year: int = 2025,
    progress: bool = False,
) -> dict[str, int]:
    """Add `records` records spread over `years` years ending with `end_year`."""
    rng = random.Random(seed)
    unit, press, departments, topics = _setup(db)
    first_day = date(end_year - years + 1, 1, 1)
    span = (date(end_year, 12, 31) - first_day).days
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    counts: dict[str, int] = dict.fromkeys(kinds, 0)
    started = time.perf_counter()
    done = 0
    number = 0
    while done < records:
        size = min(BATCH, records - done)
        batch_kinds = rng.choices(kinds, weights, k=size)
        docs: list[dict[str, Any]] = []
        acts: list[dict[str, Any]] = []
        items: list[dict[str, Any]] = []
        for kind in batch_kinds:
            counts[kind] += 1
            day = first_day + timedelta(days=rng.randrange(span))
            subject = rng.choice(SUBJECTS)
            place = rng.choice(PLACES)
            if kind in ("guidance", "document"):
                number += 1
                guidance = kind == "guidance"
                text = (
                    f"V/v cung cấp thông tin, hướng dẫn tuyên truyền về {subject} tháng "
                    f"{day.month} năm {day.year}"
                    if guidance
                    else f"Kế hoạch triển khai công tác {subject} tại {place}"
                )
                symbol = f"{number}/STTTT-TTBCXB" if guidance else f"{number}/KH-STTTT"
                docs.append(
                    {
                        "unit_id": unit,
                        "kind": "official_letter" if guidance else "plan",
                        "direction": "issued",
                        "number_symbol": symbol,
                        "issued_date": day,
                        "subject": text,
                        "is_press_guidance": guidance,
                        "issuer_id": None,
                        "search_text": fold(f"{symbol} {text}"),
                    }
                )
            elif kind == "press_item":
                title = (
                    f"{rng.choice(['Người dân phản ánh', 'Bạn đọc hỏi', 'Báo nêu'])} về "
                    f"{subject} ở {place}"
                )
                status = rng.choices(
                    ["handled", "in_progress", "new", "follow_up"], [0.85, 0.07, 0.05, 0.03]
                )[0]
                handled = (
                    day + timedelta(days=rng.randrange(1, 20)) if status == "handled" else None
                )
                items.append(
                    {
                        "unit_id": unit,
                        "outlet_id": rng.choice(press),
                        "scope": "central",
                        "published_date": day,
                        "title": title,
                        "summary": f"Nội dung phản ánh tình hình {subject} tại {place}.",
                        "assessment": rng.choice(["positive", "reflecting", "false"]),
                        "assigned_id": rng.choice(departments),
                        "deadline": day + timedelta(days=15),
                        "status": status,
                        "handled_date": handled,
                        "outlet_replied": rng.random() < 0.6,
                        "link": f"https://bao.example.vn/{day:%Y/%m}/{number}.html",
                        "search_text": fold(
                            f"{title} Nội dung phản ánh tình hình {subject} tại {place}."
                        ),
                    }
                )
            else:
                title = f"{_activity_title(kind)} về {subject}"
                end = day + timedelta(days=rng.randrange(0, 3))
                acts.append(
                    {
                        "unit_id": unit,
                        "kind": kind,
                        "title": title,
                        "start_date": day,
                        "end_date": end,
                        "place": f"Hội trường {place}",
                        "participants": rng.randrange(20, 2000),
                        "journalists": rng.randrange(5, 40),
                        "press_agencies": rng.randrange(3, 20),
                        "host_id": None,
                        "plan_id": None,
                        "search_text": fold(f"{title} Hội trường {place}"),
                    }
                )
        with db.engine.begin() as conn:
            for table, rows, links, column in (
                (Document.__table__, docs, document_topics, "document_id"),
                (Activity.__table__, acts, activity_topics, "activity_id"),
                (PressItem.__table__, items, press_item_topics, "press_item_id"),
            ):
                if not rows:
                    continue
                first_id = (
                    conn.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
                    or 0
                ) + 1
                conn.execute(insert(table), rows)
                conn.execute(
                    insert(links),
                    [
                        {column: first_id + i, "topic_id": rng.choice(topics)}
                        for i in range(len(rows))
                    ],
                )
                if table is Activity.__table__:
                    conn.execute(
                        insert(Attachment.__table__),
                        [
                            {
                                "activity_id": first_id + i,
                                "file_name": f"anh-hoi-nghi-{i}.jpg",
                                "sha256": f"{rng.getrandbits(256):064x}",
                                "size_bytes": rng.randrange(50_000, 5_000_000),
                                "media_type": "image/jpeg",
                            }
                            for i in range(0, len(rows), 4)
                        ],
                    )
        done += size
        if progress:
            rate = done / (time.perf_counter() - started)
            print(f"\r{done:,} / {records:,} bản ghi ({rate:,.0f}/s)", end="", file=sys.stderr)
    if progress:
        print(file=sys.stderr)
    return counts


def _activity_title(kind: str) -> str:
    return {
        "press_info_conference": "Hội nghị cung cấp thông tin cho báo chí",
        "press_briefing": "Hội nghị giao ban công tác báo chí",
        "press_conference": "Họp báo",
        "training": "Hội nghị tập huấn công tác thông tin đối ngoại",
        "exhibition": "Triển lãm ảnh",
        "media_product": "Phóng sự truyền hình",
        "central_media_promotion": "Quảng bá trên báo Trung ương",
        "international_delegation": "Đón đoàn khách quốc tế",
        "oversight": "Kiểm tra, đôn đốc",
        "other": "Hoạt động",
    }[kind]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Sinh dữ liệu thử để đo hiệu năng.")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    db = open_database(args.db)
    try:
        started = time.perf_counter()
        counts = generate(db, args.records, args.years, args.seed, progress=True)
        print(
            f"{sum(counts.values()):,} bản ghi trong {time.perf_counter() - started:.1f} s: "
            f"{counts}"
        )
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
