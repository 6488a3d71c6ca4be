"""Load and validate the rule set: strict YAML in, a checked ``RuleSet`` out.

Every problem is collected and reported at once, each line starting with the
file it comes from, so a legal editor can fix a whole folder in one pass.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml
from pydantic import ValidationError

from .schema import Catalogue, Lexicon, Provision, Rule, RuleSetInfo

PACKAGE_DIR = Path(__file__).resolve().parent
RULESET_FILE = "ruleset.yaml"
LEXICON_FILE = "lexicon.yaml"
CATALOGUE_FILE = Path("catalogue") / "instruments.yaml"
SPECIAL = {RULESET_FILE, LEXICON_FILE}


class RuleSetError(Exception):
    """The rule files have problems; ``problems`` lists every one of them."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


# --- strict YAML -------------------------------------------------------------------

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class StrictLoader(_Base):  # type: ignore[misc,valid-type]
    """A safe loader that refuses duplicate keys (PyYAML silently keeps the last)."""


def _construct_mapping(loader: StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    mapping: dict = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=deep)
    return mapping


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def read_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=StrictLoader)  # noqa: S506 - StrictLoader is a SafeLoader


def _yaml_problem(path: Path, exc: Exception) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f":{mark.line + 1}" if mark is not None else ""
    what = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return f"{path}{where}: {what}"


def _pydantic_problems(path: Path, exc: ValidationError, prefix: str = "") -> list[str]:
    out = []
    for err in exc.errors():
        loc = " -> ".join(str(x) for x in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        out.append(f"{path}: {prefix}{loc + ': ' if loc else ''}{msg}")
    return out


# --- the rule set ----------------------------------------------------------------------


@dataclass(frozen=True)
class RuleSet:
    info: RuleSetInfo
    rules: dict[str, Rule]
    lexicon: Lexicon
    catalogue: Catalogue
    sha256: str
    directory: Path
    sources: dict[str, str] = field(default_factory=dict)  # rule id -> file (relative)

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def version(self) -> str:
        return self.info.version

    def __iter__(self):
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, rule_id: str) -> Optional[Rule]:
        return self.rules.get(rule_id)

    def cross_references(self) -> dict[str, list[str]]:
        """Provision id -> ids of the rules that cite it (as primary or related)."""
        graph: dict[str, list[str]] = {}
        for rule in self.rules.values():
            for pid in [rule.provision, *rule.related, *rule.war_crimes]:
                graph.setdefault(pid, [])
                if rule.id not in graph[pid]:
                    graph[pid].append(rule.id)
        return dict(sorted(graph.items()))

    def rules_for(self, provision_id: str) -> list[Rule]:
        """Rules whose primary provision is this id or a paragraph of this article."""
        return [
            r
            for r in self.rules.values()
            if r.provision == provision_id or r.primary.article_id == provision_id
        ]

    def provisions(self) -> set[str]:
        """Every provision id the rule set names, primary or related."""
        return set(self.cross_references())


def _rule_files(directory: Path) -> list[Path]:
    files = []
    for p in sorted(directory.rglob("*.yaml")):
        rel = p.relative_to(directory)
        if rel.parts[0] == "catalogue" or (len(rel.parts) == 1 and rel.name in SPECIAL):
            continue
        files.append(p)
    return files


def _pick(directory: Path, relative: Path | str) -> Path:
    """A file from the given folder when it has one, else the packaged one."""
    own = directory / relative
    return own if own.exists() else PACKAGE_DIR / relative


def _load_model(path: Path, model, problems: list[str]):
    try:
        data = read_yaml(path)
    except FileNotFoundError:
        problems.append(f"{path}: file not found")
        return None
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        problems.append(_yaml_problem(path, e))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as e:
        problems.extend(_pydantic_problems(path, e))
        return None


def _phrase_groups(phrases: Iterable[str]) -> Iterable[str]:
    """The lexicon groups a list of phrases refers to: "@name" alone, or inside a composed phrase
    ("make @captive_object @degrading_act")."""
    for p in phrases:
        for word in p.split():
            if word.startswith("@"):
                yield word[1:]


MAX_COMPOSED = 5000  # phrases one composed entry may stand for (each becomes a term of the automaton)


def _oversized_compositions(lexicon: Lexicon) -> Iterable[tuple[str, str]]:
    """Composed entries ("@a @b @c") standing for more phrases than MAX_COMPOSED: every combination
    becomes a term, so three groups of twenty words make 8,000 terms and slow every start-up.
    Say such a phrase with an indicator's "with" and "near" instead."""
    sizes: dict[str, int] = {}

    def size(group: str, seen: tuple[str, ...] = ()) -> int:
        if group in seen or group not in lexicon.groups:
            return 0
        if group not in sizes:
            sizes[group] = sum(entry_size(p, seen + (group,)) for p in lexicon.groups[group])
        return sizes[group]

    def entry_size(p: str, seen: tuple[str, ...]) -> int:
        words = p.split()
        if not any(w.startswith("@") for w in words):
            return 1
        n = 1
        for w in words:
            n *= size(w[1:], seen) if w.startswith("@") else 1
        return n

    for name, phrases in lexicon.groups.items():
        for p in phrases:
            if len(p.split()) > 1 and "@" in p:
                n = entry_size(p, (name,))
                if n > MAX_COMPOSED:
                    yield name, (f"{p!r} stands for {n:,} phrases (limit {MAX_COMPOSED:,}); "
                                 "say it with an indicator's 'with' and 'near' instead")


def _rule_problems(rule: Rule, where: str, catalogue: Catalogue, lexicon: Lexicon) -> list[str]:
    problems = []
    for label, pids in (("provision", [rule.provision]), ("related", rule.related), ("war_crimes", rule.war_crimes)):
        for pid in pids:
            why = catalogue.problem(pid)
            if why:
                problems.append(f"{where}: {label}: {why}")
    for pid in rule.war_crimes:
        if not pid.startswith("RS-"):
            problems.append(f"{where}: war_crimes: {pid} is not a Rome Statute item")
    if rule.provision in rule.related:
        problems.append(f"{where}: related: repeats the primary provision {rule.provision}")
    for kind in ("concern", "observance"):
        for n, ind in enumerate(getattr(rule, kind)):
            reqs = [r for req in ind.with_ for r in ([req] if isinstance(req, str) else req)]
            for g in _phrase_groups([*ind.phrases, *reqs, *ind.unless]):
                if g not in lexicon.groups:
                    problems.append(f"{where}: {kind}[{n}]: lexicon group @{g} does not exist")
    if rule.kind == "protection" and not rule.concern and not rule.observance:
        problems.append(f"{where}: a protection rule needs concern or observance indicators")
    if rule.kind == "protection" and not (rule.examples.concern or rule.examples.observance):
        problems.append(f"{where}: examples: a protection rule needs at least one example that must raise it")
    return problems


def canonical_hash(info: RuleSetInfo, rules: dict[str, Rule], lexicon: Lexicon) -> str:
    """sha256 over the canonical JSON of everything that decides a finding."""
    payload = {
        "info": info.model_dump(mode="json"),
        "lexicon": lexicon.model_dump(mode="json"),
        "rules": [rules[k].model_dump(mode="json", by_alias=True) for k in sorted(rules)],
    }
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def load_ruleset(directory: Optional[Path | str] = None) -> RuleSet:
    """Load every rule file under ``directory`` (default: the packaged rule set).

    ``ruleset.yaml``, ``lexicon.yaml`` and ``catalogue/`` are taken from the folder
    when present, otherwise from the packaged rule set, so a folder of extra or
    experimental rules can be checked on its own.
    """
    directory = Path(directory) if directory is not None else PACKAGE_DIR
    if not directory.is_dir():
        raise RuleSetError([f"{directory}: not a folder of rule files"])
    problems: list[str] = []
    info = _load_model(_pick(directory, RULESET_FILE), RuleSetInfo, problems)
    lexicon = _load_model(_pick(directory, LEXICON_FILE), Lexicon, problems)
    catalogue = _load_model(_pick(directory, CATALOGUE_FILE), Catalogue, problems)
    if lexicon is not None:
        signals = {x.strip() for x in lexicon.groups.get("iac", []) + lexicon.groups.get("niac", [])}
        for state, words in lexicon.states.items():
            for w in words:
                if w.strip() not in signals:
                    problems.append(f"{LEXICON_FILE}: states.{state}: {w!r} is not in the iac or niac group")
        for state in lexicon.internal_war_since:
            if state not in lexicon.states:
                problems.append(f"{LEXICON_FILE}: internal_war_since.{state}: no such State in states")
    if lexicon is not None:
        for name, phrases in lexicon.groups.items():
            for g in _phrase_groups(phrases):
                if g not in lexicon.groups:
                    problems.append(f"{_pick(directory, LEXICON_FILE)}: groups -> {name}: @{g} does not exist")
        if not problems:
            problems.extend(f"{_pick(directory, LEXICON_FILE)}: groups -> {name}: {why}"
                            for name, why in _oversized_compositions(lexicon))

    rules: dict[str, Rule] = {}
    sources: dict[str, str] = {}
    places: dict[str, str] = {}  # rule id -> its file (and place in it), for problems found across rules
    files = _rule_files(directory)
    if not files:
        problems.append(f"{directory}: no rule files (*.yaml) found")
    for path in files:
        rel = str(path.relative_to(directory)) if path.is_relative_to(directory) else str(path)
        try:
            data = read_yaml(path)
        except (yaml.YAMLError, UnicodeDecodeError) as e:
            problems.append(_yaml_problem(path, e))
            continue
        items = data.get("rules") if isinstance(data, dict) and set(data) == {"rules"} else [data]
        if not isinstance(items, list):
            problems.append(f"{path}: 'rules' must be a list of rules")
            continue
        for n, item in enumerate(items):
            where = f"{path}" if len(items) == 1 else f"{path}: rules[{n}]"
            if not isinstance(item, dict):
                problems.append(f"{where}: a rule must be a mapping of keys, not {type(item).__name__}")
                continue
            try:
                rule = Rule.model_validate(item)
            except ValidationError as e:
                problems.extend(_pydantic_problems(path, e, "" if len(items) == 1 else f"rules[{n}] -> "))
                continue
            if rule.id in rules:
                problems.append(f"{where}: duplicate rule id {rule.id!r} (also in {sources[rule.id]})")
                continue
            if catalogue is not None and lexicon is not None:
                problems.extend(_rule_problems(rule, where, catalogue, lexicon))
            rules[rule.id] = rule
            sources[rule.id] = rel
            places[rule.id] = where
    problems.extend(_counterpart_problems(rules, places))
    problems.extend(_deferral_problems(rules, places))
    problems.extend(_also_under_problems(rules, places))
    if problems:
        raise RuleSetError(problems)
    assert info is not None and lexicon is not None and catalogue is not None
    return RuleSet(
        info=info,
        rules=rules,
        lexicon=lexicon,
        catalogue=catalogue,
        sha256=canonical_hash(info, rules, lexicon),
        directory=directory,
        sources=sources,
    )


def _counterpart_problems(rules: dict[str, Rule], places: dict[str, str]) -> list[str]:
    """An internal counterpart must name a rule that applies in non-international conflicts, and one of
    its elements; the rule that names it must not itself apply there. A folder with no rule for internal
    wars (GCIII's rules checked on their own) has nothing to read them for: its counterparts are left unread."""
    problems: list[str] = []
    if not any("non-international" in r.applies.conflict for r in rules.values()):
        return problems
    for rule in rules.values():
        cp = rule.applies.internal_counterpart
        if cp is None:
            continue
        where = f"{places[rule.id]}: applies -> internal_counterpart"
        target = rules.get(cp.rule)
        if "non-international" in rule.applies.conflict:
            problems.append(f"{where}: the rule applies in non-international conflicts itself")
        if target is None:
            problems.append(f"{where}: no rule has the id {cp.rule!r}")
        elif "non-international" not in target.applies.conflict:
            problems.append(f"{where}: {cp.rule!r} does not apply in non-international conflicts")
        elif cp.element not in {e.id for e in target.elements if not e.context}:
            problems.append(f"{where}: {cp.rule!r} has no element {cp.element!r} to show")
    return problems


def _whole_rule_set(rules: dict[str, Rule]) -> bool:
    """More than one instrument's rules: a folder of one instrument's rules, checked on its own, may name rules it
    does not hold."""
    return len({r.provision.split("-")[0] for r in rules.values()}) > 1


def _deferral_problems(rules: dict[str, Rule], places: dict[str, str]) -> list[str]:
    """A rule defers only to other rules of the rule set. A folder of one instrument's rules (an editor
    checking GCI's on their own) may defer to rules it does not hold: those deferrals are left unread."""
    problems: list[str] = []
    whole = _whole_rule_set(rules)
    for rule in rules.values():
        for rid in rule.applies.deferred_to:
            where = f"{places[rule.id]}: applies -> deferred_to"
            if rid == rule.id:
                problems.append(f"{where}: a rule cannot defer to itself")
            elif rid not in rules and whole:
                problems.append(f"{where}: no rule has the id {rid!r}")
    return problems


def _also_under_problems(rules: dict[str, Rule], places: dict[str, str]) -> list[str]:
    """The rule named by applies.also_under exists (in a whole rule set), has the element, and applies in a kind of
    conflict this rule applies in."""
    problems: list[str] = []
    whole = _whole_rule_set(rules)
    for rule in rules.values():
        au = rule.applies.also_under
        if au is None:
            continue
        where = f"{places[rule.id]}: applies -> also_under"
        target = rules.get(au.rule)
        if au.rule == rule.id:
            problems.append(f"{where}: a rule cannot name itself")
        elif target is None:
            if whole:
                problems.append(f"{where}: no rule has the id {au.rule!r}")
        elif au.element not in {e.id for e in target.elements if not e.context}:
            problems.append(f"{where}: {au.rule!r} has no element {au.element!r} to show")
        elif not set(target.applies.conflict) & set(rule.applies.conflict):
            problems.append(f"{where}: {au.rule!r} applies in no kind of conflict this rule applies in")
    return problems


def provision(pid: str) -> Provision:
    return Provision.parse(pid)
