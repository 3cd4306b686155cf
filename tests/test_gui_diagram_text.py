"""A node's number fits inside the node (small nodes, long numbers) and still reads as the value."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

from engine.spec import NetworkSpec
from gui.diagram import NetworkDiagram
from gui.diagram.items import VALUE_POINTS, format_value, value_font

pytestmark = pytest.mark.gui

VALUES = (1e-7, -5.4e-05, 123456.0, -0.000123, 0.5, -0.00123, -1234.5, 9999.7, -0.0999, -3e-300)


@pytest.fixture
def smallest_node(qtbot):
    """The smallest neuron the diagram draws with its number (compact cells show none)."""
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(800, 600)
    d.set_spec(NetworkSpec.simple(2, [32, 8], 3, loss="cce"), ("x1", "x2"))
    return min((n for nodes in d.scene.nodes.values() for n in nodes), key=lambda n: n.size)


def shown_digits(text: str) -> int:
    """How many significant digits a formatted number shows."""
    mantissa = text.lstrip("-").split("e")[0].replace(".", "").lstrip("0")
    return max(len(mantissa), 1)


@pytest.mark.parametrize("v", VALUES)
def test_a_long_number_fits_in_the_smallest_node_and_reads_back(smallest_node, v):
    text = format_value(v)
    width = smallest_node.value_rect().width() - 2  # as paint() asks for
    font = value_font(text, width)
    fm = QFontMetricsF(font)
    assert fm.horizontalAdvance(text) <= smallest_node.size, (text, fm.horizontalAdvance(text))
    assert fm.boundingRect(text).width() <= width, text
    assert font.pointSizeF() >= 5.0, (text, font.pointSizeF())  # short enough to stay legible
    # the text is the value, to the precision it shows
    assert math.isclose(float(text), v, rel_tol=0.5 * 10 ** (1 - shown_digits(text)) + 1e-9)


def test_a_short_number_keeps_the_full_size_font():
    assert value_font(format_value(0.5), 36).pointSizeF() == VALUE_POINTS
    assert format_value(-5.4e-05) == "-5.4e-5" and format_value(1e-7) == "1e-7"
    assert format_value(123456.0) == "1.2e5" and format_value(-1234.5) == "-1234"


def test_the_painted_number_is_not_cut_at_the_nodes_edge(smallest_node):
    """Paint the node: no dark text pixel in the outermost columns of the number's band (the
    text is clipped to the band, so a number too wide for it reaches both edges)."""
    node = smallest_node
    node.fill = QColor(255, 255, 255)
    band = node.value_rect()
    for v in VALUES:
        node.value_text = format_value(v)
        image = QImage(int(node.size) + 8, int(node.size) + 8, QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255))
        painter = QPainter(image)
        painter.translate(QPointF(node.size / 2 + 4, node.size / 2 + 4))
        node.paint(painter, None)
        painter.end()
        left, right = int(band.left() + node.size / 2 + 4), int(band.right() + node.size / 2 + 4)
        top, bottom = int(band.top() + node.size / 2 + 4), int(band.bottom() + node.size / 2 + 4)
        for x in (left, right - 1):
            darkest = min(image.pixelColor(x, y).lightness() for y in range(top + 1, bottom - 1))
            assert darkest > 200, (node.value_text, x, darkest)
