"""Presentation: Jinja templates and renderers for each report format.

Installed as ``checker.reports``; renders an Assessment and never re-runs matching.
"""
