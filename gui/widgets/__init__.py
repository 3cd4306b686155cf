"""Small widgets shared by the window's panels."""

from gui.widgets.number_field import NumberField

__all__ = ["NumberField"]
