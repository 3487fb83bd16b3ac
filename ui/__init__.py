"""PySide6 face of the station. Thin: a screen turns a key or scan into one
``app`` service call and shows what comes back."""
