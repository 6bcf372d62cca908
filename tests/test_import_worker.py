"""The console's import in a child process: same results, errors and cancel as in-process."""

from __future__ import annotations

import pytest
from helpers import snapshot

from app.domain.errors import PackageError
from app.domain.rules import ImportEffect
from app.import_worker import IsolatedImport
from app.packages.importer import ImportCancelled


def test_preview_then_import_in_a_child_process(services, data_dir, sample_cab):
    session = IsolatedImport(data_dir, sample_cab("4.0.7577.4366"))
    try:
        preview = session.preview()
        assert [i.effect for i in preview.items] == [ImportEffect.NEW] * 4
        assert preview.package.total_size > 4 * 4096  # sizes survive without the bytes
        assert services.rules() == []  # previewing changed nothing
        seen = []
        done = session.run(lambda n, total, text: seen.append((n, total)) or True)
    finally:
        session.close()
    assert done.changed == 4 and seen and seen[-1][0] == seen[-1][1]
    assert {str(r.pending) for r in services.rules()} == {"4.0.7577.4366"}


def test_refusal_in_the_child_arrives_as_the_same_error(services, data_dir, tmp_path):
    broken = tmp_path / "broken.cab"
    broken.write_bytes(b"MSCF" + b"\0" * 10)
    before = snapshot(data_dir, raw_store=False)
    session = IsolatedImport(data_dir, broken)
    try:
        with pytest.raises(PackageError, match="truncated"):
            session.preview()
    finally:
        session.close()
    assert snapshot(data_dir, raw_store=False) == before


def test_cancel_during_import_changes_nothing(services, data_dir, sample_cab):
    path = sample_cab("4.0.7577.4366", image_size=2 * 1024 * 1024)
    before = snapshot(data_dir, raw_store=False)
    session = IsolatedImport(data_dir, path)
    try:
        session.preview()
        with pytest.raises(ImportCancelled):
            session.run(lambda n, total, text: False)
    finally:
        session.close()
    assert services.rules() == []
    assert snapshot(data_dir, raw_store=False) == before


def test_closing_after_a_preview_imports_nothing(services, data_dir, sample_cab):
    session = IsolatedImport(data_dir, sample_cab())
    session.preview()
    session.close()
    assert services.rules() == []
