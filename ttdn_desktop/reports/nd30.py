"""The administrative document format of Nghị định 30/2020/NĐ-CP, Phụ lục I, defined once.

Every renderer (PDF, DOCX, and the XLSX title rows) reads its page, margins, fonts and sizes from
here. Values sit inside the decree's ranges: margins top 20–25 mm, bottom 20–25 mm, left 30–35 mm,
right 15–20 mm; body 13–14 pt; first-line indent 1–1.27 cm; at least 6 pt between paragraphs;
line spacing from single to 1.5 lines.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from ttdn_desktop.resources import resource_path

MM_PER_INCH = 25.4
PT_PER_MM = 72 / MM_PER_INCH

# Page: A4 portrait.
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 15.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
# Landscape pages (wide registers) keep the same margins.
LANDSCAPE_TEXT_WIDTH_MM = PAGE_HEIGHT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM


def text_width_mm(landscape: bool = False) -> float:
    return LANDSCAPE_TEXT_WIDTH_MM if landscape else TEXT_WIDTH_MM


# Header grid: two columns over the text width.
HEADER_LEFT_MM = 76.0
HEADER_RIGHT_MM = TEXT_WIDTH_MM - HEADER_LEFT_MM

# Sizes in points.
BODY_PT = 14.0
FIRST_LINE_INDENT_MM = 12.7  # 1.27 cm
PARAGRAPH_SPACING_PT = 6.0
LINE_SPACING = 1.15  # multiple of the font size (single is about 1.15 in Word terms)
PARENT_BODY_PT = 12.0
BODY_NAME_PT = 12.0
NUMBER_PT = 13.0
NATIONAL_TITLE_PT = 12.0
MOTTO_PT = 13.0
PLACE_DATE_PT = 14.0
DOC_TYPE_PT = 14.0
SUBJECT_PT = 14.0
RECIPIENTS_LABEL_PT = 12.0
RECIPIENTS_PT = 11.0
SIGNER_PT = 14.0
PAGE_NUMBER_PT = 13.0
TABLE_PT = 12.0
SIGNATURE_SPACE_MM = 25.0

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_LABEL = "Nơi nhận:"
ADDRESSEE_LABEL = "Kính gửi:"

# Short rules: under the issuing body a third of its column, under the subject a fixed stroke.
BODY_RULE_MM = 22.0
SUBJECT_RULE_MM = 30.0
RULE_WIDTH_PT = 0.6

FONT_FAMILY_NAME = "Times New Roman"


@dataclass(frozen=True)
class FontFiles:
    """The four faces of the document font and what they are called."""

    family: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    @property
    def is_times_new_roman(self) -> bool:
        return self.family == FONT_FAMILY_NAME


_TNR_NAMES = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
_TNR_LINUX_NAMES = (
    "Times_New_Roman.ttf",
    "Times_New_Roman_Bold.ttf",
    "Times_New_Roman_Italic.ttf",
    "Times_New_Roman_Bold_Italic.ttf",
)


def _times_new_roman() -> FontFiles | None:
    folders: list[tuple[Path, tuple[str, ...]]] = []
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        folders.append((windir / "Fonts", _TNR_NAMES))
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append((Path(local) / "Microsoft" / "Windows" / "Fonts", _TNR_NAMES))
    folders.append((Path("/usr/share/fonts/truetype/msttcorefonts"), _TNR_LINUX_NAMES))
    for folder, names in folders:
        paths = [folder / name for name in names]
        if all(p.is_file() for p in paths):
            return FontFiles(FONT_FAMILY_NAME, *paths)
    return None


def document_font() -> FontFiles:
    """Times New Roman where the system has it (Windows); otherwise the bundled Liberation Serif.

    Liberation Serif has Times New Roman's metrics and every Vietnamese letter, so a report breaks
    its lines at the same places on either font. `TTDN_REPORT_FONT=bundled` forces the bundled
    font (tests use it so their output does not depend on the machine).
    """
    if os.environ.get("TTDN_REPORT_FONT") != "bundled":
        found = _times_new_roman()
        if found is not None:
            return found
    folder = resource_path("resources", "fonts")
    return FontFiles(
        "Liberation Serif",
        folder / "LiberationSerif-Regular.ttf",
        folder / "LiberationSerif-Bold.ttf",
        folder / "LiberationSerif-Italic.ttf",
        folder / "LiberationSerif-BoldItalic.ttf",
    )


# A header line may end after a comma, or before one of these words, without cutting a phrase;
# anywhere else the break may split a word of two syllables ("THỂ / THAO").
_PHRASE_OPENERS = frozenset(["VÀ", "TỈNH", "HUYỆN", "THÀNH", "QUẬN", "THỊ", "XÃ", "PHƯỜNG"])
# Words after which a line must not end: they open the phrase that follows.
_NO_BREAK_AFTER = frozenset(
    ["VÀ", "CỦA", "VỀ", "CHO", "VỚI", "TẠI", "TỈNH", "HUYỆN", "THÀNH", "THỊ"]
)


def header_lines(text: str, size_pt: float, *, bold: bool, width_mm: float = HEADER_LEFT_MM) -> str:
    """The name of a body in the header, broken into lines ("\\n") at phrase boundaries.

    Left to the renderer, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" wraps as "… VÀ DU / LỊCH". Nghị
    định 30 lets the name run over two lines or more: the fewest lines, broken after a comma or
    before "VÀ", "TỈNH"…, as evenly as that allows. Widths are Times metrics of the text without
    its marks (they do not widen a capital), so every renderer breaks the same way.
    """
    # Imported here: the DOCX and XLSX renderers need only the metrics, not the PDF machinery.
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from ttdn_desktop.core.text import strip_marks

    face = "Times-Bold" if bold else "Times-Roman"
    limit = width_mm * PT_PER_MM * 0.995

    def width(words: list[str]) -> float:
        return float(stringWidth(strip_marks(" ".join(words)), face, size_pt))

    def penalty(head: list[str], rest: list[str]) -> int:
        if head[-1].rstrip(",").upper() in _NO_BREAK_AFTER:
            return 3
        if head[-1].endswith(",") or rest[0].upper() in _PHRASE_OPENERS:
            return 0
        return 1

    Cost = tuple[int, int, float]

    def best(words: list[str]) -> tuple[Cost, list[list[str]]] | None:
        if width(words) <= limit:
            return (1, 0, width(words)), [words]
        found: tuple[Cost, list[list[str]]] | None = None
        for cut in range(1, len(words)):
            head, rest = words[:cut], words[cut:]
            if width(head) > limit:
                break
            tail = best(rest)
            if tail is None:
                continue
            (count, cuts, widest), lines = tail
            cost = (count + 1, cuts + penalty(head, rest), max(widest, width(head)))
            if found is None or cost < found[0]:
                found = cost, [head, *lines]
        return found

    words = text.split()
    result = best(words) if words else None
    return "\n".join(" ".join(line) for line in result[1]) if result else text
