"""The pages of the main window, one module per section of `labels.SECTIONS`."""

from __future__ import annotations

from ttdn_desktop.gui.pages.base import Page, PlaceholderPage
from ttdn_desktop.gui.pages.catalogues import CataloguesPage
from ttdn_desktop.gui.pages.documents import DocumentsPage
from ttdn_desktop.gui.pages.exhibitions import ExhibitionsPage
from ttdn_desktop.gui.pages.guidance import GuidancePage
from ttdn_desktop.gui.pages.media import MediaPage
from ttdn_desktop.gui.pages.overview import OverviewPage
from ttdn_desktop.gui.pages.press_events import PressEventsPage
from ttdn_desktop.gui.pages.press_items import PressItemsPage
from ttdn_desktop.gui.pages.reports import ReportsPage
from ttdn_desktop.gui.pages.settings import SettingsPage
from ttdn_desktop.gui.pages.trainings import TrainingsPage

PAGE_CLASSES: tuple[type[Page], ...] = (
    OverviewPage,
    DocumentsPage,
    GuidancePage,
    PressEventsPage,
    PressItemsPage,
    ExhibitionsPage,
    MediaPage,
    TrainingsPage,
    CataloguesPage,
    ReportsPage,
    SettingsPage,
)

__all__ = ["PAGE_CLASSES", "Page", "PlaceholderPage"]
