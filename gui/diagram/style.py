"""The diagram's changeable look: text zoom, light or dark, and high contrast for projectors.

One ``STYLE`` for the process (the window has one diagram). Its colours are QColor objects
that ``set_style`` changes in place, so the items painting with them (``items``,
``edge_item``, ``edge_labels``, ``layer_headers``, ``legend``) show a new theme at their
next paint; ``font`` makes a font at the zoom of the moment, and the scene's pens are
``edge_width`` times wider in high contrast. ``NetworkDiagram.restyle`` then makes the
scene's items again (their text rectangles follow the font) and keeps the selection.

The diverging scale stays orange for negative and blue for positive in every look
(``colors.use_dark_scale`` only darkens its neutral middle).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from gui.diagram.colors import use_dark_scale

MIN_ZOOM, MAX_ZOOM = 0.8, 2.5


@dataclass
class DiagramStyle:
    """What the window chose: text zoom (1 = 100 %), a dark theme, high contrast."""

    zoom: float = 1.0
    dark: bool = False
    high_contrast: bool = False

    @property
    def edge_width(self) -> float:
        """How much wider every edge is drawn: twice in high contrast (for projectors)."""
        return 2.0 if self.high_contrast else 1.0


STYLE = DiagramStyle()

BACKGROUND = QColor(255, 255, 255)
TEXT = QColor(40, 40, 40)  # names, counts, captions
BORDER = QColor(90, 90, 90)  # a node's frame
# selection and hover are frames just outside an item (never orange or blue: those are signs)
SELECTED = QColor(20, 20, 20)
HOVER = QColor(130, 130, 130)
DROPPED = QColor(70, 70, 70)
DISABLED_FILL = QColor(225, 225, 225)
EMPTY_FILL = QColor(250, 250, 250)  # a node with nothing to show yet
BUTTON_FILL = QColor(245, 245, 245)
BUTTON_HOVER = QColor(225, 232, 240)
LABEL_BACK = QColor(255, 255, 255, 225)  # under an edge's number
LABEL_FRAME = QColor(180, 180, 180)
LABEL_TEXT = QColor(25, 25, 25)

_NAMES = (
    "BACKGROUND TEXT BORDER SELECTED HOVER DROPPED DISABLED_FILL EMPTY_FILL BUTTON_FILL "
    "BUTTON_HOVER LABEL_BACK LABEL_FRAME LABEL_TEXT"
).split()

# (dark, high contrast) → a colour per name, in _NAMES' order
_LOOKS: dict[tuple[bool, bool], tuple[tuple[int, ...], ...]] = {
    (False, False): (
        (255, 255, 255), (40, 40, 40), (90, 90, 90), (20, 20, 20), (130, 130, 130),
        (70, 70, 70), (225, 225, 225), (250, 250, 250), (245, 245, 245), (225, 232, 240),
        (255, 255, 255, 225), (180, 180, 180), (25, 25, 25),
    ),
    (False, True): (
        (255, 255, 255), (0, 0, 0), (0, 0, 0), (0, 0, 0), (90, 90, 90),
        (0, 0, 0), (215, 215, 215), (255, 255, 255), (255, 255, 255), (215, 225, 240),
        (255, 255, 255, 240), (60, 60, 60), (0, 0, 0),
    ),
    (True, False): (
        (30, 32, 36), (222, 222, 222), (165, 165, 170), (245, 245, 245), (150, 150, 155),
        (205, 205, 205), (62, 64, 68), (48, 50, 54), (58, 60, 66), (78, 86, 98),
        (30, 32, 36, 225), (110, 110, 115), (235, 235, 235),
    ),
    (True, True): (
        (0, 0, 0), (255, 255, 255), (255, 255, 255), (255, 255, 255), (190, 190, 190),
        (255, 255, 255), (60, 60, 60), (18, 18, 18), (25, 25, 25), (70, 80, 95),
        (0, 0, 0, 240), (210, 210, 210), (255, 255, 255),
    ),
}  # fmt: skip


def set_style(zoom: float | None = None, dark: bool | None = None, hc: bool | None = None) -> None:
    """Change the look (None: keep that part); the colours change in place."""
    if zoom is not None:
        STYLE.zoom = min(max(float(zoom), MIN_ZOOM), MAX_ZOOM)
    if dark is not None:
        STYLE.dark = bool(dark)
    if hc is not None:
        STYLE.high_contrast = bool(hc)
    for name, rgba in zip(_NAMES, _LOOKS[(STYLE.dark, STYLE.high_contrast)], strict=True):
        globals()[name].setRgb(*rgba)
    use_dark_scale(STYLE.dark)


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """A font of ``points`` at 100 %, at the zoom of the moment."""
    f = QFont()
    f.setPointSizeF(points * STYLE.zoom)
    f.setBold(bold)
    f.setItalic(italic)
    return f
