# SPDX-License-Identifier: MIT
"""The reproducible zip writer and the small formatting helpers of the package."""
from __future__ import annotations

import io
import zipfile

import pytest

from edition.deposit import human_size
from edition.header_facts import full_date
from edition.zipfiles import ZipEntry, zip_bytes, zip_timestamp


def test_dates_before_1980_are_clamped_to_the_zip_epoch():
    assert zip_timestamp("1959-01-01") == (1980, 1, 1, 0, 0, 0)
    assert zip_timestamp("2026-03-14") == (2026, 3, 14, 0, 0, 0)


@pytest.mark.parametrize("value, expected", [
    ("1924", "1924-01-01"), ("1924-08", "1924-08-01"), ("1924-08-17", "1924-08-17"),
    ("2026-03-14T10:00:00", "2026-03-14"), ("spring", None), ("", None),
])
def test_full_date(value, expected):
    assert full_date(value) == expected


@pytest.mark.parametrize("size, text", [(0, "0 bytes"), (999, "999 bytes"), (1000, "1.0 KB"),
                                        (230762, "230.8 KB"), (5_400_000, "5.4 MB"), (3 * 10**12, "3000.0 GB")])
def test_human_size(size, text):
    assert human_size(size) == text


def test_entries_keep_their_order_and_stored_flag():
    data = zip_bytes([ZipEntry("b", b"x" * 100, stored=True), ZipEntry("a/", None), ZipEntry("a/c", b"y" * 100)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert [i.filename for i in infos] == ["b", "a/", "a/c"]
        assert [i.compress_type for i in infos] == [zipfile.ZIP_STORED, zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]
        assert archive.read("a/c") == b"y" * 100
