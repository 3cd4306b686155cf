"""Colours shared by the window's plots (colour-blind-safe maps and class colours) and the
window's themes: light (the default) and dark, each with a high-contrast variant.

``apply_theme`` sets the application's palette and pyqtgraph's defaults; ``style_plot``
gives an existing plot the theme's background and axis colours and its axes' text the
window's zoom. The data colours (orange negative, blue positive; Okabe–Ito classes) are
the same in every theme.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# Playground's orange (negative / class 0) and blue (positive / class 1); safe for colour-blind eyes
ORANGE = (245, 147, 34)
BLUE = (8, 119, 189)
WHITE = (245, 245, 245)
# Okabe–Ito categorical palette (colour-blind safe), for 3+ classes
OKABE_ITO = (
    (230, 159, 0),
    (86, 180, 233),
    (0, 158, 115),
    (240, 228, 66),
    (0, 114, 178),
    (213, 94, 0),
    (204, 121, 167),
    (0, 0, 0),
    (153, 153, 153),
    (120, 80, 40),
)
TRAIN_LOSS = (0, 114, 178)
TEST_LOSS = (213, 94, 0)


def lighten(rgb: tuple[int, int, int], amount: float) -> tuple[int, int, int]:
    """The colour moved ``amount`` (0…1) of the way to white."""
    return tuple(int(c + (255 - c) * amount) for c in rgb)


def diverging_colormap(light: bool = False) -> pg.ColorMap:
    """Orange → white → blue, for values from low to high (a decision map or a neuron's output).

    ``light`` gives paler ends, for a background under data points of the full colours.
    """
    a = 0.4 if light else 0.0
    return pg.ColorMap([0.0, 0.5, 1.0], [lighten(ORANGE, a), WHITE, lighten(BLUE, a)])


def class_colors(n_classes: int) -> list[tuple[int, int, int]]:
    """A colour per class: orange/blue for two classes, Okabe–Ito for more."""
    if n_classes <= 2:
        return [ORANGE, BLUE][: max(n_classes, 1)]
    return [OKABE_ITO[i % len(OKABE_ITO)] for i in range(n_classes)]


def categorical_colormap(n_classes: int) -> pg.ColorMap:
    """A stepwise map whose level k (0..n-1) is class k's colour, lightened for a background."""
    cols = [lighten(rgb, 0.45) for rgb in class_colors(n_classes)]
    if n_classes <= 1:
        return pg.ColorMap([0.0, 1.0], [cols[0], cols[0]])
    pos = np.linspace(0.0, 1.0, n_classes)
    return pg.ColorMap(pos, cols, mapping=pg.ColorMap.CLIP)


def brushes_for(labels: np.ndarray, n_classes: int) -> list:
    """One QBrush per point, coloured by its class."""
    brushes = [pg.mkBrush(*c) for c in class_colors(n_classes)]
    return [brushes[int(k) % len(brushes)] for k in labels]


def value_brushes(values: np.ndarray, lo: float, hi: float) -> list:
    """One QBrush per point, coloured by a regression target on the diverging map."""
    cmap = diverging_colormap()
    span = hi - lo if hi > lo else 1.0
    cols = cmap.map(np.clip((np.asarray(values, dtype=float) - lo) / span, 0, 1), mode="qcolor")
    return [pg.mkBrush(c) for c in cols]


# ----- the window's themes ---------------------------------------------------------------
LIGHT, DARK, SYSTEM = "light", "dark", "system"


def system_is_dark() -> bool:
    """Whether the system asks for a dark colour scheme (Qt's style hints; unknown: light)."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> bool:
    """Whether the theme ``choice`` (light, dark, or system) is dark."""
    return choice == DARK or (choice not in (LIGHT, DARK) and system_is_dark())


def plot_colors(dark: bool, high_contrast: bool = False) -> tuple[QColor, QColor]:
    """A plot's background and its axes' colour."""
    if dark and high_contrast:
        return QColor(0, 0, 0), QColor(255, 255, 255)
    if dark:
        return QColor(30, 32, 36), QColor(200, 200, 200)
    return QColor(255, 255, 255), QColor(0, 0, 0)  # the app's own (gui/app.py: "w", "k")


def _palette(dark: bool, high_contrast: bool) -> QPalette:
    """The window's palette: Qt's own light one, or a dark one (black and white in high contrast)."""
    if not dark:
        pal = QApplication.style().standardPalette()
        if high_contrast:
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                pal.setColor(role, QColor(0, 0, 0))
            pal.setColor(QPalette.ColorRole.ButtonText, QColor(0, 0, 0))
        return pal
    hc = high_contrast
    window, base, text = (
        (QColor(0, 0, 0), QColor(0, 0, 0), QColor(255, 255, 255))
        if hc
        else (QColor(45, 47, 52), QColor(30, 32, 36), QColor(225, 225, 225))
    )
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, window),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, window.lighter(115)),
        (roles.ToolTipBase, QColor(60, 62, 68)),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor(150, 150, 150)),
        (roles.Text, text),
        (roles.Button, QColor(20, 20, 20) if hc else QColor(58, 60, 66)),
        (roles.ButtonText, text),
        (roles.BrightText, QColor(255, 120, 100)),
        (roles.Light, QColor(90, 92, 98)),
        (roles.Midlight, QColor(70, 72, 78)),
        (roles.Mid, QColor(50, 52, 58)),
        (roles.Dark, QColor(20, 20, 24)),
        (roles.Shadow, QColor(0, 0, 0)),
        (roles.Link, QColor(110, 180, 240)),
        (roles.LinkVisited, QColor(170, 150, 240)),
        (roles.Highlight, QColor(42, 110, 180)),
        (roles.HighlightedText, QColor(255, 255, 255)),
    ):
        pal.setColor(role, color)
    grey = QColor(130, 130, 130)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return pal


def paper_palette(base: QPalette) -> QPalette:
    """``base`` with a light page: for rich text whose highlights are light colours (the
    inspector's formulas, the glossary), which stay readable as a printed page does."""
    pal = QPalette(base)
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Base, QColor(252, 252, 250)),
        (roles.Text, QColor(20, 20, 20)),
        (roles.Link, QColor(0, 80, 160)),
        (roles.LinkVisited, QColor(90, 50, 150)),
    ):
        pal.setColor(role, color)
    return pal


_THEMED = [False]  # whether apply_theme ever changed the application's palette


def apply_theme(dark: bool, high_contrast: bool = False) -> None:
    """The application's palette and pyqtgraph's defaults (for plots made from now on)."""
    if not dark and not high_contrast and not _THEMED[0]:
        return  # the light theme is Qt's own and gui/app.py's: nothing to undo
    _THEMED[0] = True
    background, foreground = plot_colors(dark, high_contrast)
    pg.setConfigOptions(background=background, foreground=foreground)
    app = QApplication.instance()
    if app is not None:
        app.setPalette(_palette(dark, high_contrast))


def style_plot(widget: pg.PlotWidget, dark: bool, high_contrast: bool, zoom: float) -> None:
    """Give a plot the theme's background and axis colours, and its axes' text the zoom."""
    background, foreground = plot_colors(dark, high_contrast)
    widget.setBackground(background)
    widget.resetCachedContent()  # the background is cached: drawn again in the new colour
    points = QApplication.font().pointSizeF() * zoom
    tick_font = QFont(QApplication.font())
    tick_font.setPointSizeF(points)
    item = widget.getPlotItem()
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(foreground)
        axis.setTextPen(foreground)
        axis.setTickFont(tick_font)
        if axis.label.isVisible():
            axis.labelStyle["font-size"] = f"{points:.1f}pt"
            axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **axis.labelStyle)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(foreground)
        legend.setLabelTextSize(f"{points:.1f}pt")
        for _sample, label in legend.items:
            label.setText(label.text)  # drawn again in the new colour and size
