"""Loading and rendering templates, with errors that name the file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from checker.errors import InputError


class TemplateProblem(InputError):
    pass


def _explain(exc: Exception, fallback: str) -> str:
    import jinja2
    from jinja2.exceptions import SecurityError

    if isinstance(exc, SecurityError):
        return f"{fallback}: blocked by the template sandbox: {exc}"
    name = getattr(exc, "filename", None) or getattr(exc, "name", None) or fallback
    line = getattr(exc, "lineno", None)
    where = f"{name}:{line}" if line else str(name)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{where}: template syntax error: {exc.message}"
    if isinstance(exc, jinja2.UndefinedError):
        return f"{where}: {exc.message} (see 'Template context' in the README for the fields available)"
    return f"{where}: template error: {exc}"


def _lineno_from_traceback(exc: Exception, path: str) -> Optional[int]:
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_named(name: str, context: dict, *, template_dir: Optional[str] = None, sandboxed: bool = False) -> str:
    import jinja2

    from .render import environment

    env = environment(template_dir, sandboxed=sandboxed)
    try:
        return env.get_template(name).render(**context)
    except jinja2.TemplateError as e:
        raise TemplateProblem(_explain(e, name)) from None


def render_user_file(path: str, context: dict, *, template_dir: Optional[str] = None) -> str:
    """Render a user's template file in the sandbox; its folder (and --template-dir) are searched first."""
    import jinja2

    from .render import environment

    p = Path(path)
    search = template_dir or str(p.parent)
    env = environment(search, sandboxed=True, autoescape=p.suffix.lower() in (".html", ".htm") or p.name.endswith(".html.j2"))
    try:
        source = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise TemplateProblem(f"{path}: cannot read template ({e})") from None
    try:
        template = env.from_string(source)
        template.filename = str(p)
        return template.render(**context)
    except jinja2.TemplateSyntaxError as e:
        e.filename = str(p)
        raise TemplateProblem(_explain(e, str(p))) from None
    except jinja2.TemplateError as e:
        line = getattr(e, "lineno", None) or _lineno_from_traceback(e, "<template>")
        where = f"{p}:{line}" if line else str(p)
        msg = _explain(e, str(p))
        raise TemplateProblem(msg if msg.startswith(str(p)) else f"{where}: {msg.split(': ', 1)[-1]}") from None
