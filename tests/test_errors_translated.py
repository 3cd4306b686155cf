"""Engine messages in the window's language: a data error, translated with the Chinese
catalogue (read here without Qt), names the file and the line exactly as in English; the
divergence hint is translated too; untranslated they read as before."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from engine.datasets import read_csv
from engine.errors import DataError, TrainingDiverged, message_of

ZH = Path(__file__).resolve().parents[1] / "assets" / "translations" / "backprop_lab_zh_CN.ts"


def chinese():
    table = {}
    for ctx in ET.parse(ZH).getroot().iter("context"):
        for msg in ctx.iter("message"):
            table[(ctx.findtext("name"), msg.findtext("source"))] = msg.findtext("translation")
    return lambda context, text: table.get((context, text)) or text


def test_a_data_error_translated_names_the_file_and_line_as_in_english(tmp_path):
    path = tmp_path / "点 data.csv"
    path.write_text("a,b,label\n1,2,0\n3,,1\n4,5,0\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_csv(path)
    english = str(info.value)
    assert english == f"{path}, line 3: empty cell in column 'b'"
    zh = message_of(info.value, chinese())
    assert zh == f"{path}，第 3 行：列 'b' 中有空单元格"
    assert str(path) in zh and "3" in zh and "'b'" in zh


def test_the_divergence_hint_is_translated_with_its_numbers():
    exc = TrainingDiverged(17, float("inf"))
    zh = message_of(exc, chinese())
    assert zh.startswith("训练在第 17 步发散：损失变成了 inf。") and "重置" in zh
    assert message_of(exc, lambda c, t: t) == str(exc)
