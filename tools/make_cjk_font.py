"""Make assets/fonts/NotoSansSC-subset.otf: Noto Sans CJK SC cut down to the characters the
Chinese interface and lessons use, so that Chinese renders on a system with no CJK font.

Run after the Chinese catalogue or a lesson gains characters (tests/test_cjk_font.py fails
until then). Needs fontTools (``pip install fonttools``) and a Noto Sans CJK collection
(Debian/Ubuntu: ``apt-get install fonts-noto-cjk``). The font is under the SIL Open Font
License 1.1 (assets/fonts/OFL.txt).

    python tools/make_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "assets" / "fonts" / "NotoSansSC-subset.otf"
SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SC_FACE = 2  # in the collection: JP, KR, SC, TC, HK
# punctuation and symbols Chinese text around the catalogue uses, whether or not seen yet
EXTRA = "，。、；：？！（）《》〈〉「」『』【】～％＋－＝＜＞"


def needed_characters() -> str:
    """Every CJK character of the Chinese catalogue and the lessons' Chinese text."""
    chars: set[str] = set(EXTRA)
    ts = ROOT / "assets" / "translations" / "backprop_lab_zh_CN.ts"
    for t in ET.parse(ts).getroot().iter("translation"):
        chars.update("".join(t.itertext()))
    for lesson in (ROOT / "assets" / "lessons").glob("*/lesson.json"):
        _collect(json.loads(lesson.read_text(encoding="utf-8")), chars)
    return "".join(sorted(c for c in chars if is_cjk(c)))


def is_cjk(c: str) -> bool:
    """Whether the character needs a CJK font (Latin fonts have the math and punctuation)."""
    o = ord(c)
    return (
        0x2E80 <= o <= 0x9FFF
        or 0xF900 <= o <= 0xFAFF
        or 0xFE30 <= o <= 0xFE4F
        or 0xFF00 <= o <= 0xFFEF
    )


def _collect(value, chars: set[str]) -> None:
    if isinstance(value, dict):
        for key, v in value.items():
            if key == "zh_CN":
                chars.update(v if isinstance(v, str) else "".join(v))
            else:
                _collect(v, chars)
    elif isinstance(value, list):
        for v in value:
            _collect(v, chars)


def main() -> None:
    from fontTools import subset

    source = sys.argv[1] if len(sys.argv) > 1 else SOURCE
    text = needed_characters()
    args = [
        source,
        f"--font-number={SC_FACE}",
        f"--text={text}",
        f"--output-file={OUT}",
        "--layout-features=*",
        "--name-IDs=*",
        "--name-languages=*",
        "--notdef-outline",
    ]
    subset.main(args)
    print(f"{OUT}: {len(text)} characters, {OUT.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()
