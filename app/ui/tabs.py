"""The main window's tabs, in one place to import them from."""

from app.ui.tabs_devices import DevicesTab
from app.ui.tabs_logs import HistoryTab, LogsTab
from app.ui.tabs_rules import RulesTab, TestDevicesTab

__all__ = ["DevicesTab", "HistoryTab", "LogsTab", "RulesTab", "TestDevicesTab"]
