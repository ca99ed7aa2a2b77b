"""Compiled Qt Designer forms; regenerate with ui/compile_forms.py."""
