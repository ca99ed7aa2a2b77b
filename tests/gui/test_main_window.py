"""The main window over the demo year and over an empty database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ttdn_desktop.core.database import Database
from ttdn_desktop.core.demo import DEMO_YEAR
from ttdn_desktop.core.labels import SECTIONS, STAT_LABELS
from ttdn_desktop.gui.formatting import format_count
from ttdn_desktop.gui.main_window import DEMO_BANNER
from ttdn_desktop.gui.pages import PlaceholderPage
from ttdn_desktop.gui.pages.overview import OverviewPage
from ttdn_desktop.gui.pages.settings import SettingsPage


def test_every_section_shows_its_page(make_window, gui_demo_db: Database, qtbot: QtBot) -> None:
    window = make_window(gui_demo_db)
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == list(
        SECTIONS.values()
    )
    for row, (key, label) in enumerate(SECTIONS.items()):
        window.navigation.setCurrentRow(row)
        page = window.pages[key]
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        assert page.title == label
        assert window.section_actions[key].isChecked()
        if isinstance(page, PlaceholderPage):
            assert page.findChild(type(window.database_label), "pageDescription").text()


def test_view_menu_shortcuts_switch_sections(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    keys = list(SECTIONS)
    for index, key in enumerate(keys[:9]):
        action = window.section_actions[key]
        assert action.shortcut().toString() == f"Ctrl+{index + 1}"
        action.trigger()
        assert window.current_section() == key
    window.section_actions["settings"].trigger()
    assert isinstance(window.current_page(), SettingsPage)


def test_year_selector_changes_overview(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    assert window.year_selector.value() == DEMO_YEAR
    assert overview.value_labels["guidance_documents"].text() == "24"
    assert "2020" in overview.year_label.text()

    followed: list[int] = []
    window.year_changed.connect(followed.append)
    window.year_selector.setValue(2019)
    assert followed == [2019]
    assert overview.value_labels["guidance_documents"].text() == "0"
    assert "2019" in overview.year_label.text()
    assert all(page.year == 2019 for page in window.pages.values())

    window.year_selector.setValue(2020)
    assert overview.value_labels["guidance_documents"].text() == "24"


def test_overview_labels_and_thousands(make_window, gui_demo_db: Database) -> None:
    window = make_window(gui_demo_db)
    overview = window.pages["overview"]
    assert isinstance(overview, OverviewPage)
    for key, text in STAT_LABELS.items():
        assert overview.findChild(type(overview.year_label), f"caption_{key}").text() == text
        assert overview.value_labels[key].text() == format_count(overview.figures[key])
    assert format_count(1850) == "1.850"
    assert format_count(1234567) == "1.234.567"
    assert format_count(7) == "7"


def test_demo_banner_only_on_demo(make_window, gui_demo_db: Database, empty_db: Database) -> None:
    demo_window = make_window(gui_demo_db)
    assert demo_window.demo_banner.isVisible()
    assert demo_window.demo_banner.findChild(type(demo_window.database_label)).text() == (
        DEMO_BANNER
    )
    assert demo_window.home_button.text() == "Về dữ liệu của tôi"
    assert demo_window.demo_label.isVisible()
    assert demo_window.database_label.text().endswith(gui_demo_db.display_name)

    own_window = make_window(empty_db)
    assert not own_window.demo_banner.isVisible()
    assert not own_window.demo_label.isVisible()
    assert own_window.year == date.today().year
    assert own_window.database_label.text().endswith(empty_db.display_name)


def test_home_button_reopens_own_database(
    make_window, gui_demo_db: Database, tmp_path, monkeypatch, qtbot: QtBot
) -> None:
    window = make_window(gui_demo_db)
    offered: list[bool] = []
    monkeypatch.setattr(window, "offer_first_start", lambda: offered.append(True) or True)
    window.home_target = str(tmp_path / "own.sqlite")
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.db is not gui_demo_db
    assert window.db.path == tmp_path / "own.sqlite"
    assert not window.demo_banner.isVisible()
    assert window.year == date.today().year
    assert window.pages["overview"].db is window.db
    assert offered == [True]
    window.db.close()


def test_geometry_and_section_survive_restart(make_window, gui_demo_db: Database) -> None:
    first = make_window(gui_demo_db)
    first.resize(760, 660)
    first.move(40, 30)
    first.show_section("press_items")
    first.close()

    second = make_window(gui_demo_db)
    assert second.current_section() == "press_items"
    assert (second.width(), second.height()) == (760, 660)
    assert second.pages["press_items"].isVisible()


def test_about_names_database_and_data_folder(make_window, empty_db: Database) -> None:
    from ttdn_desktop.core.paths import data_dir
    from ttdn_desktop.gui.about_dialog import AboutDialog

    window = make_window(empty_db)
    # Giới thiệu is now a dialog of its own (tests/gui/test_about.py covers the rest).
    dialog = AboutDialog(window.db, parent=window)
    assert dialog.values["data_dir"].text() == str(data_dir())
    assert dialog.values["database"].text() == empty_db.display_name
