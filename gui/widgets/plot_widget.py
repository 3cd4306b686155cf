"""The window's pyqtgraph plots: one way to make them, with axes cached as pixmaps."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QWidget


def plot_widget(parent: QWidget | None = None) -> pg.PlotWidget:
    """A PlotWidget whose axes paint from a cached pixmap, without the menu.

    pyqtgraph paints axes in Python; each repaint of a plot (a new decision map, a longer
    loss curve) would otherwise replay every axis from Python and hold the GIL that the
    training thread needs. With a device-coordinate cache Qt blits the unchanged axis in
    C++; an axis whose range changed invalidates its own cache.
    """
    widget = pg.PlotWidget(parent)
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    for name in ("left", "bottom", "right", "top"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return widget
