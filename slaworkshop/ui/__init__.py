"""The desktop window (PySide6): application start-up, main window, library, editor and step pages.

The only package that imports Qt; it reads and writes workshops through ``slaworkshop.services``.
"""
