"""The window's pyqtgraph plots: one way to make them, with axes cached as pixmaps."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsItem, QWidget


def plot_widget(
    parent: QWidget | None = None, axis_items: dict[str, pg.AxisItem] | None = None
) -> pg.PlotWidget:
    """A PlotWidget whose axes paint from a cached pixmap and show real values, without the menu.

    pyqtgraph paints axes in Python; each repaint of a plot (a new decision map, a longer
    loss curve) would otherwise replay every axis from Python and hold the GIL that the
    training thread needs. With a device-coordinate cache Qt blits the unchanged axis in
    C++; an axis whose range changed invalidates its own cache.

    pyqtgraph's automatic SI scaling is off: on inputs of a few thousandths it labelled the
    axis "i1 (x0.001)" with ticks 0–50, which a learner reads as the values themselves.
    ``axis_items`` replaces axes (``{"left": LogAxis("left")}``).
    """
    widget = pg.PlotWidget(parent, axisItems=axis_items)
    item = widget.getPlotItem()
    item.setMenuEnabled(False)
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    return widget
