"""The main window's tabs, a module each; import them from here."""

from app.ui.tabs.devices import DevicesTab
from app.ui.tabs.history import HistoryTab
from app.ui.tabs.logs import LogsTab
from app.ui.tabs.rules import RulesTab
from app.ui.tabs.test_devices import TestDevicesTab

__all__ = ["DevicesTab", "HistoryTab", "LogsTab", "RulesTab", "TestDevicesTab"]
