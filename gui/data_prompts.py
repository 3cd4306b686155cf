"""Before a project opens: its data file must be there and be the data it was trained on.

``resolve_project_data`` asks the user when it is not: locate a missing file (or folder), or
train on from data that changed since the project was saved. It returns the project to load,
or None when the user gave up, so that a project whose data cannot be used never replaces
the session (Ctrl+S would then have overwritten the trained project with another).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from engine.data_check import check_data, train_on_new_data, with_data_at
from engine.project import Project


def ask_locate(parent: QWidget, project_path: str, missing: str, folder: bool) -> str | None:
    """Ask where the missing data file (or folder) is now; None when the user cancels."""
    name = os.path.basename(missing.rstrip("/\\")) or missing
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DataPrompts", "Data not found"))
    box.setText(
        QCoreApplication.translate("DataPrompts", "The data of %1 is not where it was saved: %2")
        .replace("%1", os.path.basename(project_path))
        .replace("%2", missing)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DataPrompts",
            "Locate %1 to open the project with its data, or cancel to keep the current session.",
        ).replace("%1", name)
    )
    locate = box.addButton(
        QCoreApplication.translate("DataPrompts", "Locate…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not locate:
        return None
    start = os.path.dirname(project_path)
    if folder:
        found = QFileDialog.getExistingDirectory(
            parent, QCoreApplication.translate("DataPrompts", "Locate the data folder"), start
        )
    else:
        found, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("DataPrompts", "Locate %1").replace("%1", name),
            start,
            QCoreApplication.translate("DataPrompts", "Data files (*.csv *.npz);;All files (*)"),
        )
    return found or None


def ask_train_on_changed(parent: QWidget, project_path: str, data_path: str) -> bool:
    """Ask whether to train on from data that changed since the project was saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DataPrompts", "Data changed"))
    box.setText(
        QCoreApplication.translate(
            "DataPrompts", "%1 changed since %2 was saved (its SHA-256 differs)."
        )
        .replace("%1", data_path)
        .replace("%2", os.path.basename(project_path))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DataPrompts",
            "Train on from the new data (the weights are kept, the shuffle starts afresh, and "
            "saving records the new data), or cancel to keep the current session.",
        )
    )
    go = box.addButton(
        QCoreApplication.translate("DataPrompts", "Train on new data"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def resolve_project_data(parent: QWidget, project: Project, project_path: str) -> Project | None:
    """The project ready to load, after asking about missing or changed data; None to cancel."""
    while True:
        check = check_data(project)
        if check.ok:
            return project
        assert check.path is not None
        if check.status == "missing":
            folder = project.dataset.name in ("mnist", "fashion-mnist")
            found = ask_locate(parent, project_path, check.path, folder)
            if found is None:
                return None
            project = with_data_at(project, found)
            continue
        if not ask_train_on_changed(parent, project_path, check.path):
            return None
        return train_on_new_data(project)
