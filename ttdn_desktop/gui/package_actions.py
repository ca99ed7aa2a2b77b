"""The “Tệp” menu's data-package actions: send the unit's figures upward, receive a unit's.

Like the other data actions they ask on the GUI thread (period, file, confirmation) and run the
exchange functions in the thread pool through `DataActions.run`. Receiving first verifies the
whole package and shows what it holds and whether it replaces an earlier one; only after “Có”
is the data backed up and the package stored. The functions are those of `ttdn package`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from ttdn_desktop.core.backup import backup_now
from ttdn_desktop.core.periods import PERIOD_KINDS, ROMAN_QUARTERS, Period
from ttdn_desktop.core.units import own_unit

if TYPE_CHECKING:
    from ttdn_desktop.exchange.package import PackageExport
    from ttdn_desktop.exchange.package_import import PackageImportResult, PackagePreview
    from ttdn_desktop.gui.data_actions import DataActions, DataJob, Progress

PACKAGE_FILTER = "Gói dữ liệu TTĐN (*.ttdn);;Tất cả các tệp (*)"
# Pages read their records again whatever the kind; "documents" refreshes every list once.
RECEIVED_KIND = "documents"


@dataclass
class ExportChoice:
    period: Period
    with_attachments: bool


class PackageExportDialog(QDialog):
    """Which period of the year to send, and whether the attached files go with it."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = year
        self.setWindowTitle("Xuất gói dữ liệu gửi cấp trên")
        form = QFormLayout(self)
        form.addRow(QLabel(f"Năm: {year} (đổi ở ô “Năm” trên thanh công cụ)"))
        self.kind = QComboBox()
        self.kind.setObjectName("packagePeriodKind")
        for code, label in PERIOD_KINDS.items():
            if code != "custom":
                self.kind.addItem(label, code)
        self.quarter = QComboBox()
        self.quarter.setObjectName("packageQuarter")
        for number, roman in ROMAN_QUARTERS.items():
            self.quarter.addItem(f"Quý {roman}", number)
        self.cutoff = QCheckBox("Tính số liệu theo Nghị định 09/2019/NĐ-CP (chốt ngày 14)")
        self.cutoff.setObjectName("packageCutoff")
        self.attachments = QCheckBox("Kèm các tệp đính kèm (ảnh, bản quét)")
        self.attachments.setObjectName("packageAttachments")
        self.attachments.setToolTip("Gói nặng hơn; cấp trên xem được ảnh và bản quét.")
        self.range_label = QLabel()
        self.range_label.setWordWrap(True)
        form.addRow("Kỳ số liệu:", self.kind)
        form.addRow("Quý:", self.quarter)
        form.addRow(self.cutoff)
        form.addRow(self.range_label)
        form.addRow(self.attachments)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Xuất gói…")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for signal in (
            self.kind.currentIndexChanged,
            self.quarter.currentIndexChanged,
            self.cutoff.toggled,
        ):
            signal.connect(self.update_range)
        self.update_range()

    def choice(self) -> ExportChoice:
        period = Period.preset(
            str(self.kind.currentData()),
            self.year,
            int(self.quarter.currentData()),
            self.cutoff.isChecked(),
        )
        return ExportChoice(period, self.attachments.isChecked())

    def update_range(self) -> None:
        self.quarter.setEnabled(self.kind.currentData() == "quarter")
        period = self.choice().period
        self.range_label.setText(f"Gói gồm số liệu {period.title}, tính {period.range_text}.")


class PackageActions:
    """Export and receive, run through the owning `DataActions` (its jobs, its messages)."""

    def __init__(self, actions: DataActions) -> None:
        self.actions = actions

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.actions.window

    # Xuất gói ------------------------------------------------------------------------------------
    def ask_export_choice(self) -> ExportChoice | None:
        dialog = PackageExportDialog(self.window.year, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def export_package(self) -> DataJob | None:
        from ttdn_desktop.exchange.package import SUFFIX, proposed_package_name

        db = self.window.db
        with db.session() as session:
            unit = own_unit(session)
            short = (unit.short_name or unit.name) if unit is not None else "đơn vị"
        choice = self.ask_export_choice()
        if choice is None:
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window,
            "Lưu gói dữ liệu gửi cấp trên",
            str(self.actions.start_folder() / proposed_package_name(short, choice.period)),
            PACKAGE_FILTER,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        self.actions.last_folder = path.parent

        def work(progress: Progress) -> PackageExport:
            from ttdn_desktop.exchange.package import export_package

            with db.session() as session:
                # The save dialog already asked about replacing an existing file.
                return export_package(
                    session,
                    choice.period,
                    path,
                    with_attachments=choice.with_attachments,
                    overwrite=True,
                    progress=progress,
                )

        def done(result: PackageExport) -> None:
            from ttdn_desktop.exchange.package import KIND_LABELS

            lines = [
                f"• {label}: {result.counts.get(kind, 0)}"
                for kind, label in KIND_LABELS.items()
                if kind != "attachments" or choice.with_attachments
            ]
            if result.missing_attachments:
                lines.append(
                    f"• Thiếu {len(result.missing_attachments)} tệp đính kèm trong thư mục dữ "
                    "liệu, không đưa được vào gói"
                )
            size = f"{result.size_bytes:,}".replace(",", ".")
            self.window.statusBar().showMessage(f"Đã xuất gói dữ liệu {result.path}", 10000)
            self.actions.inform(
                "Đã xuất gói dữ liệu",
                f"Đã xuất gói dữ liệu {choice.period.title} ({size} byte) ra:\n{result.path}\n\n"
                + "\n".join(lines)
                + "\n\nGửi tệp này cho cấp trên (thư điện tử, USB…); cấp trên chọn "
                "Tệp › Nhận gói dữ liệu từ đơn vị cấp dưới…",
            )

        return self.actions.run(
            f"Đang xuất gói dữ liệu {choice.period.title}…",
            work,
            done,
            title="Không xuất được gói dữ liệu",
        )

    # Nhận gói ------------------------------------------------------------------------------------
    def receive_package(self) -> DataJob | None:
        if self.actions.refuse_while_busy():
            return None
        chosen, _filter = QFileDialog.getOpenFileName(
            self.window,
            "Nhận gói dữ liệu từ đơn vị cấp dưới",
            str(self.actions.start_folder()),
            PACKAGE_FILTER,
        )
        if not chosen:
            return None
        path = Path(chosen)
        self.actions.last_folder = path.parent
        db = self.window.db

        def work(progress: Progress) -> PackagePreview:
            from ttdn_desktop.exchange.package_import import preview_package

            with db.session() as session:
                return preview_package(session, path, progress)

        return self.actions.run(
            "Đang kiểm tra gói dữ liệu…", work, self.confirm, title="Không nhận được gói dữ liệu"
        )

    def confirm(self, preview: PackagePreview) -> DataJob | None:
        replaces = bool(preview.replaces)
        question = (
            "Gói dữ liệu hợp lệ (mọi mã kiểm tra đều đúng):\n\n"
            + "\n".join(preview.summary_lines())
            + ("\n\nSố liệu của gói cũ sẽ được thay bằng số liệu của gói này." if replaces else "")
            + "\n\nDữ liệu hiện tại được sao lưu trước khi nhận. Nhận gói này?"
        )
        answer = QMessageBox.question(
            self.window,
            "Nhận gói dữ liệu?",
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or self.actions.refuse_while_busy():
            return None
        db = self.window.db

        def work(progress: Progress) -> tuple[PackageImportResult, Path | None]:
            from ttdn_desktop.exchange.package_import import import_package

            safety = backup_now(db, "before-import") if db.path is not None else None
            with db.session() as session:
                return import_package(session, preview.package, progress), safety

        def done(outcome: tuple[PackageImportResult, Path | None]) -> None:
            result, safety = outcome
            self.window.broadcast_change(RECEIVED_KIND)
            created = sum(result.created.values())
            lines = [
                f"• Thêm {created} bản ghi, cập nhật {result.updated}",
                f"• Xóa {result.removed} bản ghi của gói cũ" if replaces else "",
                f"• Chép {result.attachments_written} tệp đính kèm"
                if result.attachments_written
                else "",
                "• Xem số liệu của đơn vị này, hoặc tổng hợp các đơn vị, ở trang Báo cáo "
                "(ô “Số liệu của”).",
            ]
            if safety is not None:
                lines.append(f"\nDữ liệu trước khi nhận gói đã được sao lưu tại:\n{safety}")
            self.window.statusBar().showMessage(
                f"Đã nhận gói dữ liệu của {preview.sender_name}", 10000
            )
            self.actions.inform(
                "Đã nhận gói dữ liệu",
                f"Đã nhận gói dữ liệu {preview.package.period.title} của "
                f"{preview.sender_name}.\n\n" + "\n".join(line for line in lines if line),
            )

        return self.actions.run(
            "Đang nhận gói dữ liệu…", work, done, title="Không nhận được gói dữ liệu"
        )
