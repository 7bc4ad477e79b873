"""The GUI: windows, pages, dialogs and Qt item models. Thin: it calls services."""
