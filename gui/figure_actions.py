"""File → Export figure… and each view's right-click "Save figure as…" / "Copy figure".

The views are the diagram, the loss plot, the output view (the decision map), and the
health and race docks where the window has them. The dialog picks a view, PNG (at a
scale, 2× by default, kept in the settings) or SVG, and saves or copies it; a view's
right-click menu opens the dialog on that view, or copies it at once. Drawing is
gui/figures.py's.
"""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from gui import figures
from gui.widgets.on_screen import off_screen

KEY_SCALE = "figures/scale"
FORMATS = ("png", "svg")


class FigureActions(QObject):
    """The window's figure export: the menu action, the dialog, the views' right-click menus."""

    def __init__(self, window):
        super().__init__(window)
        self.win = window
        self.act_export = QAction(self.tr("Export figure…"), window)
        self.act_export.setStatusTip(
            self.tr("Save a view as a PNG image (for slides) or an SVG drawing (for print)")
        )
        self.act_export.triggered.connect(lambda: self.dialog())
        self._watched: dict[QObject, str] = {}  # a widget whose right-click we answer → view
        for key, _title, widget in self.views():
            target = widget.view.viewport() if key == "diagram" else widget
            target.installEventFilter(self)
            self._watched[target] = key
        self.last_path = ""

    def views(self) -> list[tuple[str, str, QWidget]]:
        """(key, title, widget) of every view a figure can be made of."""
        win = self.win
        found = [
            ("diagram", self.tr("Network diagram"), win.diagram),
            ("loss", self.tr("Loss and accuracy"), win.loss_plot),
            ("output", self.tr("Output (decision map)"), win.output_view),
        ]
        health = getattr(win, "health_panel", None)
        if isinstance(health, QWidget):
            found.append(("health", self.tr("Training health"), health))
        race = getattr(getattr(win, "compare", None), "race_dock", None)
        if isinstance(race, QWidget):
            found.append(("race", self.tr("Race"), race))
        return found

    def widget(self, key: str) -> QWidget:
        return next(w for k, _t, w in self.views() if k == key)

    @property
    def scale(self) -> float:
        try:
            return min(max(float(self.win.settings.value(KEY_SCALE, 2.0)), 0.5), 8.0)
        except (TypeError, ValueError):
            return 2.0

    @contextmanager
    def _shown(self, widget: QWidget):
        """``widget`` laid out on screen while the block runs: its dock opened or brought to the
        front of its tabs (a hidden view has no size to draw at), and put back after."""
        dock = widget.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        if (widget.isVisible() and not off_screen(widget)) or dock is None:
            yield
            return
        was_open = dock.toggleViewAction().isChecked()
        front = [d for d in self.win.tabifiedDockWidgets(dock) if not off_screen(d)]
        dock.show()
        dock.raise_()
        QApplication.processEvents()  # laid out at its size in the window
        try:
            yield
        finally:
            if not was_open:
                dock.hide()
            for other in front:
                other.raise_()

    def export(self, key: str, path: str, scale: float | None = None) -> str:
        """Save view ``key``'s figure to ``path`` (PNG or SVG by its suffix); the path written."""
        widget = self.widget(key)
        with self._shown(widget):
            written = figures.save_figure(widget, path, self.scale if scale is None else scale)
        self.win.statusBar().showMessage(
            self.tr("Figure saved: %1").replace("%1", str(written)), 5000
        )
        return str(written)

    def copy(self, key: str, scale: float | None = None) -> None:
        """Put view ``key``'s figure on the clipboard (PNG, and SVG beside it)."""
        widget = self.widget(key)
        with self._shown(widget):
            figures.copy_figure(widget, self.scale if scale is None else scale)
        self.win.statusBar().showMessage(self.tr("Figure copied"), 3000)

    def dialog(self, key: str = "diagram") -> QDialog:
        """File → Export figure… (on view ``key``); shown, not modal; returned for tests."""
        dialog = ExportDialog(self, key)
        dialog.show()
        return dialog

    def menu(self, key: str) -> QMenu:
        """A view's right-click menu."""
        menu = QMenu(self.win)
        save = menu.addAction(self.tr("Save figure as…"))
        save.triggered.connect(lambda: self.dialog(key))
        copy = menu.addAction(self.tr("Copy figure"))
        copy.triggered.connect(lambda: self.copy(key))
        return menu

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.ContextMenu or obj not in self._watched:
            return False
        key = self._watched[obj]
        if key == "diagram" and self.win.diagram.view.itemAt(event.pos()) is not None:
            return False  # a neuron's, an edge's or a layer's own menu
        self.menu(key).exec(event.globalPos())
        return True


class ExportDialog(QDialog):
    """Which view, PNG at a scale or SVG; Save… or Copy."""

    def __init__(self, actions: FigureActions, key: str):
        super().__init__(actions.win)
        self.actions = actions
        self.setWindowTitle(self.tr("Export figure"))
        self.view_box = QComboBox()
        for k, title, _w in actions.views():
            self.view_box.addItem(title, k)
        self.view_box.setCurrentIndex(max(self.view_box.findData(key), 0))
        self.format_box = QComboBox()
        self.format_box.addItem(self.tr("PNG image (for slides)"), "png")
        self.format_box.addItem(self.tr("SVG drawing (vector, for print)"), "svg")
        self.scale_box = QDoubleSpinBox()
        self.scale_box.setRange(0.5, 8.0)
        self.scale_box.setSingleStep(0.5)
        self.scale_box.setDecimals(1)
        self.scale_box.setSuffix(self.tr(" ×"))
        self.scale_box.setValue(actions.scale)
        self.scale_box.setToolTip(self.tr("Pixels per pixel of the screen: 2× is sharp on slides"))
        self.size_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("View"), self.view_box)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Scale"), self.scale_box)
        form.addRow("", self.size_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            self.tr("Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.copy_button = buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_dialog)
        self.copy_button.clicked.connect(self._copy)
        form.addRow(buttons)
        for box in (self.view_box, self.format_box):
            box.currentIndexChanged.connect(self._update)
        self.scale_box.valueChanged.connect(self._update)
        self._update()

    @property
    def key(self) -> str:
        return str(self.view_box.currentData())

    @property
    def form(self) -> str:
        return str(self.format_box.currentData())

    def _update(self) -> None:
        png = self.form == "png"
        self.scale_box.setEnabled(png)
        self.actions.win.settings.setValue(KEY_SCALE, self.scale_box.value())
        view = figures.drawn_view(self.actions.widget(self.key))
        size = figures.diagram_size(view) if view is self.actions.win.diagram else view.size()
        scale = self.scale_box.value() if png else 1.0
        w, h = round(size.width() * scale), round(size.height() * scale)
        text = self.tr("%1 × %2 pixels") if png else self.tr("%1 × %2 units, scalable")
        self.size_label.setText(text.replace("%1", str(w)).replace("%2", str(h)))

    def _copy(self) -> None:
        self.actions.copy(self.key, self.scale_box.value())

    def save_dialog(self) -> None:
        png = self.form == "png"
        files = self.tr("PNG image (*.png)") if png else self.tr("SVG drawing (*.svg)")
        suffix = ".png" if png else ".svg"
        start = self.actions.last_path or (self.key + suffix)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export figure"), start, files)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            self.actions.last_path = self.actions.export(self.key, path, self.scale_box.value())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The figure was not saved"), str(exc))
            return
        self.accept()
