"""Loading and rendering templates, with errors that name the file and line.

Built-in templates render in an ordinary environment with StrictUndefined.
User templates (``--template FILE``, ``--template-dir DIR``) render in Jinja's
immutable sandbox: attribute access to Python internals (``__class__``,
``__globals__`` …) is refused and reported as a one-line error with file:line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional, Sequence

from checker.errors import InputError


class TemplateProblem(InputError):
    pass


_DICT_ATTR = re.compile(r"'dict object' has no attribute '([^']+)'")


def _template_line(exc: BaseException) -> tuple[Optional[str], Optional[int]]:
    """The innermost template frame of a render-time error (Jinja rewrites tracebacks to template lines)."""
    tb = exc.__traceback__
    found: tuple[Optional[str], Optional[int]] = (None, None)
    while tb is not None:
        fn = tb.tb_frame.f_code.co_filename
        if not fn.endswith(".py") and not fn.startswith("<frozen"):
            found = (fn, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _explain(exc: BaseException, fallback: str) -> str:
    """One line: 'file:line: what went wrong'."""
    import jinja2
    from jinja2.exceptions import SecurityError

    if isinstance(exc, jinja2.TemplateSyntaxError):
        name = exc.filename or exc.name or fallback
        return f"{name}:{exc.lineno}: template syntax error: {exc.message}"
    fn, line = _template_line(exc)
    name = fn if fn and fn != "<template>" else fallback
    where = f"{name}:{line}" if line else name
    msg = " ".join(str(getattr(exc, "message", None) or exc).split())
    if isinstance(exc, SecurityError):
        return f"{where}: blocked by the template sandbox: {msg}"
    if isinstance(exc, jinja2.UndefinedError):
        m = _DICT_ATTR.search(msg)
        if m:
            msg = f"no field {m.group(1)!r} here"
        return f"{where}: undefined: {msg} (run 'ihlcheck templates context' for the fields available)"
    if isinstance(exc, jinja2.TemplateNotFound):
        return f"{where}: template not found: {exc.name}"
    return f"{where}: template error: {msg}"


def render_named(name: str, context: dict, *, template_dir: Optional[str] = None, sandboxed: bool = False) -> str:
    """Render a built-in template by name (a --template-dir may override it, then it runs sandboxed)."""
    import jinja2

    from .render import environment

    env = environment(template_dir, sandboxed=sandboxed)
    try:
        return env.get_template(name).render(**context)
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as e:
        raise TemplateProblem(_explain(e, name)) from None


def user_template(path: str, *, template_dir: Optional[str] = None, autoescape: Optional[bool] = None):
    """(environment, template) for a user's template file, compiled in the sandbox."""
    import jinja2

    from .render import environment

    p = Path(path)
    try:
        source = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateProblem(f"{path}: cannot read template ({e})") from None
    key = str(p)
    own = jinja2.FunctionLoader(lambda n: (source, key, lambda: True) if n == key else None)
    if autoescape is None:
        autoescape = any(key.lower().endswith(s) for s in (".html", ".htm", ".html.j2", ".htm.j2"))
    dirs: Sequence[str] = [d for d in (template_dir, str(p.parent)) if d]
    env = environment(list(dirs), sandboxed=True, autoescape=autoescape, first_loader=own, force_autoescape=True)
    try:
        return env, env.get_template(key)
    except jinja2.TemplateSyntaxError as e:
        raise TemplateProblem(_explain(e, key)) from None


def render_user_file(path: str, context: dict, *, template_dir: Optional[str] = None,
                     autoescape: Optional[bool] = None) -> str:
    """Render a user's template file in the sandbox; its folder (and --template-dir) are searched first."""
    import jinja2

    _, template = user_template(path, template_dir=template_dir, autoescape=autoescape)
    try:
        return template.render(**context)
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as e:
        raise TemplateProblem(_explain(e, str(path))) from None


def undeclared_fields(path: str, context_keys: set, *, template_dir: Optional[str] = None) -> list[str]:
    """Top-level names the template uses that the context does not have, as 'file:line: …' lines."""
    from jinja2 import meta

    env, _ = user_template(path, template_dir=template_dir, autoescape=False)
    source = Path(path).read_text(encoding="utf-8")
    names = meta.find_undeclared_variables(env.parse(source)) - context_keys - set(env.globals) - {"loop", "self",
                                                                                                   "varargs", "kwargs",
                                                                                                   "caller"}
    problems = []
    lines = source.splitlines()
    for name in sorted(names):
        line = next((i for i, t in enumerate(lines, 1) if re.search(rf"\b{re.escape(name)}\b", t)), None)
        where = f"{path}:{line}" if line else str(path)
        problems.append(f"{where}: undefined: {name!r} is not a field of the report context "
                        "(run 'ihlcheck templates context' for the fields available)")
    return problems
