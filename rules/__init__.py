"""The law as data: rule files (YAML), their schema and the loader.

Installed as ``checker.rules``; imports nothing else of ours.
"""
