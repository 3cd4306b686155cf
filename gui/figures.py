"""Figures: a view of the window as a PNG (at a scale, 2× for slides) or an SVG (vector, for print).

Three kinds of view, each drawn by its own means:

- the **diagram**: its headline (the current phase and its detail) and colour legend above
  the scene, which ``QGraphicsScene.render`` paints onto a QImage or a QSvgGenerator
  (edges become SVG paths, text stays text); the value labels are in it when shown;
- a **plot** (the loss curves, the decision map: a pyqtgraph PlotWidget): pyqtgraph's
  ``ImageExporter`` (with a width) and ``SVGExporter``;
- any other **panel** (the health dock, the race): ``QWidget.render`` onto the same.

Items cached as pixmaps (the diagram's nodes, the plots' axes) are drawn uncached while a
figure is made, so a 2× PNG is sharp and an SVG holds vectors, not screenshots.
"""

from __future__ import annotations

import importlib
import math
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStackedWidget, QTabWidget, QWidget

from gui.diagram import NetworkDiagram
from gui.diagram.style import BACKGROUND, TEXT

PAD = 12.0  # around the diagram's headline, in scene units
SVG_MIME = "image/svg+xml"


@contextmanager
def uncached(scene: QGraphicsScene):
    """Every item of ``scene`` drawn without its pixmap cache while the block runs."""
    cached = [
        (item, item.cacheMode())
        for item in scene.items()
        if item.cacheMode() != QGraphicsItem.CacheMode.NoCache
    ]
    for item, _mode in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in cached:
            item.setCacheMode(mode)


def drawn_view(widget: QWidget) -> QWidget:
    """What a figure of ``widget`` shows: the plot of a plot panel (its tab or page shown now),
    the diagram, or the panel itself."""
    if isinstance(widget, NetworkDiagram | pg.PlotWidget):
        return widget
    for name in ("tabs", "stack"):
        inner = getattr(widget, name, None)
        if isinstance(inner, QTabWidget | QStackedWidget) and inner.currentWidget() is not None:
            return drawn_view(inner.currentWidget())
    return widget


# ----- the diagram ---------------------------------------------------------------------------
def _diagram_frame(diagram: NetworkDiagram) -> tuple[QRectF, float, float, float]:
    """The scene's rectangle, the headline's height, and the figure's width and height."""
    rect = diagram.scene.sceneRect()
    width = math.ceil(max(rect.width(), diagram.legend.sizeHint().width() * 2))
    header = _header_height(diagram, width)
    return rect, header, float(width), float(math.ceil(rect.height() + header))


def _header_height(diagram: NetworkDiagram, width: float) -> float:
    wrap = Qt.TextFlag.TextWordWrap
    box = QRectF(0, 0, width - 2 * PAD - diagram.legend.sizeHint().width(), 1e6)
    title = QFontMetricsF(diagram.title.font()).boundingRect(box, wrap, diagram.title.text())
    detail = QFontMetricsF(diagram.detail.font()).boundingRect(
        QRectF(0, 0, width - 2 * PAD, 1e6), wrap, diagram.detail.text()
    )
    return PAD + max(title.height(), diagram.legend.sizeHint().height()) + detail.height() + PAD


def _paint_diagram(painter: QPainter, diagram: NetworkDiagram) -> None:
    rect, header, width, height = _diagram_frame(diagram)
    painter.fillRect(QRectF(0, 0, width, height), BACKGROUND)
    legend = diagram.legend.sizeHint()
    wrap = Qt.TextFlag.TextWordWrap
    painter.setPen(TEXT)
    painter.setFont(diagram.title.font())
    title_box = QRectF(PAD, PAD, width - 2 * PAD - legend.width(), header)
    used = painter.boundingRect(title_box, wrap, diagram.title.text())
    painter.drawText(title_box, wrap, diagram.title.text())
    top = PAD + max(used.height(), legend.height())
    painter.setFont(diagram.detail.font())
    painter.drawText(QRectF(PAD, top, width - 2 * PAD, header), wrap, diagram.detail.text())
    painter.save()
    painter.translate(width - PAD - legend.width(), PAD)
    diagram.legend.resize(legend)
    diagram.legend.render(painter, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren)
    painter.restore()
    with uncached(diagram.scene):
        diagram.scene.render(painter, QRectF(0, header, rect.width(), rect.height()), rect)


def diagram_size(diagram: NetworkDiagram) -> QSize:
    """The diagram figure's size at 1× (scene units: a pixel each)."""
    _rect, _header, width, height = _diagram_frame(diagram)
    return QSize(int(width), int(height))


# ----- PNG ------------------------------------------------------------------------------------
def render_png(widget: QWidget, scale: float = 2.0) -> QImage:
    """The figure of ``widget`` as an image, ``scale`` pixels per pixel of the screen."""
    view = drawn_view(widget)
    if isinstance(view, NetworkDiagram):
        size = diagram_size(view)
        image = _blank(
            QSize(round(size.width() * scale), round(size.height() * scale)), view.logicalDpiX()
        )
        painter = _painter(image)
        painter.scale(scale, scale)
        _paint_diagram(painter, view)
        painter.end()
        return image
    if isinstance(view, pg.PlotWidget):
        exporters = importlib.import_module("pyqtgraph.exporters")
        item = view.getPlotItem()
        exporter = exporters.ImageExporter(item)
        width = max(1, round(item.sceneBoundingRect().width() * scale))
        exporter.parameters()["width"] = width  # the height follows, keeping the aspect
        exporter.parameters()["antialias"] = True
        with uncached(view.scene()):
            image = exporter.export(toBytes=True)
        return image
    image = _blank(
        QSize(round(view.width() * scale), round(view.height() * scale)), view.logicalDpiX()
    )
    image.fill(view.palette().window().color())
    painter = _painter(image)
    painter.scale(scale, scale)
    view.render(painter, QPoint(0, 0))
    painter.end()
    return image


def _blank(size: QSize, dpi: int) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))  # fonts in points: as large as on the screen
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(BACKGROUND)
    return image


def _painter(device) -> QPainter:
    painter = QPainter(device)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    return painter


# ----- SVG ------------------------------------------------------------------------------------
def render_svg(widget: QWidget, title: str = "") -> bytes:
    """The figure of ``widget`` as SVG (UTF-8 bytes)."""
    view = drawn_view(widget)
    if isinstance(view, pg.PlotWidget):
        return _plot_svg(view)
    size = diagram_size(view) if isinstance(view, NetworkDiagram) else view.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setResolution(view.logicalDpiX())  # fonts in points: as large as on the screen
    painter = _painter(generator)
    if isinstance(view, NetworkDiagram):
        _paint_diagram(painter, view)
    else:
        view.render(painter, QPoint(0, 0))
    painter.end()
    buffer.close()
    return bytes(buffer.data())


@contextmanager
def _closed_paths_ok():
    """pyqtgraph 0.14's SVGExporter cannot read Qt 6's closing "Z" in a path (pyqtgraph
    issue #3485: "not enough values to unpack"): the Zs are taken out while it rewrites a
    group's coordinates, and put back after."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        closed = []
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            if any(t in ("Z", "z") for t in tokens):
                path.setAttribute("d", " ".join(t for t in tokens if t not in ("Z", "z")))
                closed.append(path)
        original(node, defs, item, options)
        for path in closed:
            path.setAttribute("d", path.getAttribute("d").rstrip() + " Z")

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def _plot_svg(view: pg.PlotWidget) -> bytes:
    exporters = importlib.import_module("pyqtgraph.exporters")
    with _closed_paths_ok(), uncached(view.scene()):
        data = exporters.SVGExporter(view.getPlotItem()).export(toBytes=True)
    return bytes(data)


# ----- saving and copying ---------------------------------------------------------------------
def save_figure(widget: QWidget, path: str | Path, scale: float = 2.0) -> Path:
    """Write the figure of ``widget`` to ``path``: SVG for .svg, else PNG at ``scale``."""
    path = Path(path)
    if path.suffix.lower() == ".svg":
        path.write_bytes(render_svg(widget, path.stem))
    else:
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        if not render_png(widget, scale).save(str(path), "PNG"):
            raise OSError(f"{path}: the image could not be written")
    return path


def copy_figure(widget: QWidget, scale: float = 2.0) -> QImage:
    """Put the figure on the clipboard: the PNG at ``scale``, and the SVG beside it."""
    image = render_png(widget, scale)
    mime = QMimeData()
    mime.setImageData(image)
    mime.setData(SVG_MIME, QByteArray(render_svg(widget)))
    QGuiApplication.clipboard().setMimeData(mime)
    return image
