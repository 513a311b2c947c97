# SPDX-License-Identifier: MIT
"""On a phone, notes and apparatus entries open as a sheet the width of the screen that scrolls on its own."""
from __future__ import annotations

import pytest

from html_helpers import tei

pytestmark = pytest.mark.browser

LONG = " ".join(f"Sentence {i} of a long note that runs on and on about its sources." for i in range(120))
BODY = (f'<div><p xml:id="a">A claim<note place="foot" n="3" xml:id="long">{LONG}</note> and a '
        '<app><lem wit="#A">word</lem><rdg wit="#B">ward</rdg></app> in the text.</p></div>')


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.parametrize("marker, popover", [("#ref-long", "#pop-long"), ("button.app-ref", "span.app-popover")])
def test_popovers_are_full_width_sheets_on_a_phone(build_mini, phone, marker, popover):
    site = build_mini(tei(BODY))
    phone.goto((site / "mini.html").as_uri())
    phone.locator(marker).first.click()
    sheet = phone.locator(popover).first
    assert sheet.is_visible()
    box = sheet.bounding_box()
    assert box["width"] >= 388, box
    assert box["height"] <= 0.65 * 844, box
    assert box["y"] + box["height"] >= 843, box  # at the foot of the screen
    # the sheet scrolls on its own: its end can be reached
    scrolls = sheet.evaluate("e => { e.scrollTop = e.scrollHeight; return e.scrollTop > 0 && "
                             "getComputedStyle(e).overflowY }")
    assert scrolls == "auto" or popover.startswith("span.app")
