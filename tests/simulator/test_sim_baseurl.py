"""A simulated phone builds file URLs as a Lync phone does: the BaseURL folder plus the name."""

from __future__ import annotations

from app.simulator.phone import Download

FILE = {"Name": "CPE.nbt", "Size": "1", "Sha256": "00",
        "InternalUrl": "http://old/x/CPE.nbt", "ExternalUrl": "https://old/x/CPE.nbt"}


def test_the_folder_wins_over_the_files_own_url():
    download = Download("CPE", "4.0.7577.4366", [FILE], "http://srv/DeviceUpdateFiles_Int/K/V/CPE",
                        "https://ext/DeviceUpdateFiles_Ext/K/V/CPE")
    assert download.url_of(FILE, external=False) == \
        "http://srv/DeviceUpdateFiles_Int/K/V/CPE/CPE.nbt"
    assert download.url_of(FILE, external=True) == \
        "https://ext/DeviceUpdateFiles_Ext/K/V/CPE/CPE.nbt"


def test_without_a_folder_the_files_own_url_is_used():
    download = Download("CPE", "4.0.7577.4366", [FILE])
    assert download.url_of(FILE, external=False) == "http://old/x/CPE.nbt"
    assert download.url_of(FILE, external=True) == "https://old/x/CPE.nbt"
