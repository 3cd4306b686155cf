"""The Chinese interface stays complete: every string of the template has a finished zh_CN
translation with the same placeholders, the compiled catalogue is the one its source gives,
and the shipped Chinese font has every character the catalogue and the lessons use."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "assets" / "translations"
PLACEHOLDER = re.compile(r"%\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def text_of(msg: ET.Element) -> str:
    t = msg.find("translation")
    if t is None:
        return ""
    forms = t.findall("numerusform")
    return "".join(f.text or "" for f in forms) if forms else (t.text or "")


def test_every_template_string_has_a_finished_chinese_translation():
    template = messages(TS / "backprop_lab_template.ts")
    zh = messages(TS / "backprop_lab_zh_CN.ts")
    missing = [k for k in template if k not in zh]
    assert not missing, f"{len(missing)} strings have no Chinese entry, e.g. {missing[:5]}"
    unfinished = [
        k
        for k, m in zh.items()
        if m.find("translation").get("type") == "unfinished" or not text_of(m)
    ]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:5]}"


def test_translations_keep_every_placeholder_and_tag():
    bad = []
    for (ctx, source), msg in messages(TS / "backprop_lab_zh_CN.ts").items():
        text = text_of(msg)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append((ctx, source, text))
        elif sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            bad.append((ctx, source, text))
    assert not bad, f"{len(bad)} translations change placeholders or tags, e.g. {bad[:3]}"


def test_the_compiled_catalogue_is_the_one_its_source_gives(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    out = tmp_path / "zh.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TS / "backprop_lab_zh_CN.ts"), "-qm", str(out)], check=True
    )
    assert out.read_bytes() == (TS / "backprop_lab_zh_CN.qm").read_bytes(), (
        "backprop_lab_zh_CN.qm is older than its .ts: run pyside6-lrelease on it"
    )


def test_the_shipped_chinese_font_has_every_character_in_use(qapp):
    from PySide6.QtGui import QRawFont

    sys.path.insert(0, str(ROOT / "tools"))
    from make_cjk_font import OUT, needed_characters

    font = QRawFont(str(OUT), 12)
    assert font.isValid()
    lacking = [c for c in needed_characters() if not font.supportsCharacter(ord(c))]
    assert not lacking, f"run tools/make_cjk_font.py: the font lacks {''.join(lacking[:40])}"
