"""The only module that names icon files (resources/icons/*.svg, drawn for this project)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.resources_path import resources

ICONS = resources("icons")

APP = "ucupdates"
IMPORT = "import"
APPROVE = "approve"
CANCEL = "cancel"
RESTORE = "restore"
REMOVE = "remove"
CLEAR_FILES = "clear-files"
CLEAR_LOGS = "clear-logs"
REFRESH = "refresh"
SERVER_START = "server-start"
SERVER_STOP = "server-stop"
SETTINGS = "settings"
PHONE = "phone"
TEST_DEVICE = "test-device"
QUERY = "query"
ADD = "add"
EDIT = "edit"
FOLDER = "folder"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))
