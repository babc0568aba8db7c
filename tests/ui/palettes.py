"""Fusion in light or dark, to check that the app's face follows the palette (no colour of
its own): used by the dark-palette tests and tools/face_screenshots.py."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def dark_palette() -> QPalette:
    """A dark palette like the desktop's dark themes give Fusion."""
    palette = QPalette()
    colours = {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e6e6e6",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#262626",
        Role.ToolTipBase: "#3a3a3a",
        Role.ToolTipText: "#e6e6e6",
        Role.PlaceholderText: "#9a9a9a",
        Role.Text: "#e6e6e6",
        Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6",
        Role.BrightText: "#ff6b6b",
        Role.Light: "#454545",
        Role.Midlight: "#3c3c3c",
        Role.Mid: "#2f2f2f",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#000000",
        Role.Highlight: "#3d7bd9",
        Role.HighlightedText: "#ffffff",
        Role.Link: "#7ab4ff",
        Role.LinkVisited: "#c89bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#7a7a7a"))
    return palette


def use_fusion(app: QApplication, *, dark: bool) -> None:
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
