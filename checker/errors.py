"""Errors the command line turns into one-line messages and exit codes."""

from __future__ import annotations

# Exit codes scripts can rely on (documented in the README).
EXIT_OK = 0
EXIT_CONCERNS = 1  # only with --fail-on-concern
EXIT_INPUT = 2  # bad input or usage
EXIT_RULES = 3  # the rule set does not validate
EXIT_OUTPUT = 4  # cannot write the output
EXIT_MISSING_EXTRA = 5  # an optional dependency is needed


class IHLCheckError(Exception):
    exit_code = EXIT_INPUT


class InputError(IHLCheckError):
    exit_code = EXIT_INPUT


class OutputError(IHLCheckError):
    exit_code = EXIT_OUTPUT


class MissingExtra(IHLCheckError):
    exit_code = EXIT_MISSING_EXTRA

    def __init__(self, feature: str, extra: str, module: str):
        super().__init__(
            f"{feature} needs the optional package {module!r}: install it with  pip install 'ihl-checker[{extra}]'"
        )
