"""The loader: strict YAML, every problem reported at once with its file, and a stable content hash.

The broken files live in tests/broken_rules/<defect>/ (one defect per folder); each
row of BROKEN names the file the problem must be reported against and a part of
the message a legal editor will read.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from checker.rules.loader import PACKAGE_DIR, RuleSetError, load_ruleset, read_yaml

HERE = Path(__file__).resolve().parent
BROKEN_DIR = HERE / "broken_rules"
ROOT = HERE.parent

# folder -> (file the problem is reported against, expected part of the message)
BROKEN = {
    "unknown-key": ("026-food-and-water.yaml", "severity: Extra inputs are not permitted"),
    "duplicate-yaml-key": ("026-food-and-water.yaml", "duplicate key 'title'"),
    "duplicate-rule-id": ("027-food-again.yaml", "duplicate rule id 'food-and-water' (also in 026-food-and-water.yaml)"),
    "unknown-provision-gciii": ("026-food-and-water.yaml", "provision: GCIII-144: GCIII has articles 1-143, not 144"),
    "unknown-provision-api": ("026-food-and-water.yaml", "provision: API-103: API has articles 1-102, not 103"),
    "unknown-provision-cihl": ("026-food-and-water.yaml", "provision: CIHL-162: CIHL has rules 1-161, not 162"),
    "unknown-provision-rs": ("026-food-and-water.yaml", "provision: RS-8.2.b.xxx: no such item in Rome Statute art. 8"),
    "unknown-paragraph": ("026-food-and-water.yaml", "provision: GCIII-13.4: GCIII art. 13 has 3 paragraphs"),
    "related-to-nothing": ("026-food-and-water.yaml", "related: CIHL-181: CIHL has rules 1-161, not 181"),
    "malformed-yaml": ("026-food-and-water.yaml", "did not find expected ',' or ']'"),
    "undefined-element": ("026-food-and-water.yaml", "concern[0] names element 'nutrition', which the rule does not define"),
    "missing-required-field": ("026-food-and-water.yaml", "summary: Field required"),
    "bad-rule-id": ("026-food-and-water.yaml", "rule id 'Food_and_Water' must be a lowercase slug"),
    "unknown-lexicon-group": ("026-food-and-water.yaml", "lexicon group @captives_ref does not exist"),
    "nearby-without-neighbours": ("026-food-and-water.yaml", "unless_nearby needs unless_before or unless_after"),
    "years-without-requirement": ("026-food-and-water.yaml", "years_after reads the year beside a word of the first 'with'"),
}


def _problems(folder: Path) -> list[str]:
    with pytest.raises(RuleSetError) as exc:
        load_ruleset(folder)
    return exc.value.problems


def _with_counterpart(tmp_path: Path, counterpart: str) -> Path:
    """The packaged rule set, with GCIII Art. 26's internal counterpart set as given."""
    folder = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / "gciii" / "026-food-and-water.yaml"
    text = path.read_text(encoding="utf-8")
    written = "{rule: common-article-3, element: prohibited_act, observances: true}"
    assert f"internal_counterpart: {written}" in text
    path.write_text(text.replace(written, counterpart), encoding="utf-8")
    return folder


@pytest.mark.parametrize("counterpart, message", [
    ("{rule: common-article-three, element: prohibited_act}", "no rule has the id 'common-article-three'"),
    ("{rule: common-article-3, element: nourishment}", "'common-article-3' has no element 'nourishment' to show"),
    ("{rule: common-article-3, element: in_power}", "'common-article-3' has no element 'in_power' to show"),
    ("{rule: public-curiosity, element: exposure}", "'public-curiosity' does not apply in non-international conflicts"),
])
def test_an_internal_counterpart_must_be_a_rule_of_internal_wars_and_one_of_its_elements(tmp_path, counterpart, message):
    folder = _with_counterpart(tmp_path, counterpart)
    problems = _problems(folder)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{folder / 'gciii' / '026-food-and-water.yaml'}: applies -> internal_counterpart: ")
    assert message in problems[0]


def test_a_rule_of_internal_wars_needs_no_counterpart(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / "cihl" / "118-basic-needs.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  conflict: [non-international]\n" in text
    path.write_text(text.replace("  conflict: [non-international]\n", "  conflict: [non-international]\n"
                                 "  internal_counterpart: {rule: common-article-3, element: prohibited_act}\n", 1),
                    encoding="utf-8")
    (problem,) = _problems(folder)
    assert problem == (f"{path}: applies -> internal_counterpart: the rule applies in non-international conflicts "
                       "itself")


def test_a_folder_without_rules_for_internal_wars_loads_without_their_counterparts(tmp_path):
    """A folder of GCIII rules alone (an editor checking them on their own) has no rule of internal wars to
    read them for: the counterparts are left unread, not reported."""
    shutil.copytree(PACKAGE_DIR / "gciii", tmp_path / "gciii")
    rs = load_ruleset(tmp_path)
    assert rs.rules["food-and-water"].applies.internal_counterpart.rule == "common-article-3"
    from checker.matcher import build

    assert build(rs).internal == {}


def test_every_broken_folder_has_an_expectation():
    folders = {p.name for p in BROKEN_DIR.iterdir() if p.is_dir()}
    assert folders == set(BROKEN), "add a row to BROKEN for each folder of tests/broken_rules (and vice versa)"


@pytest.mark.parametrize("folder", sorted(BROKEN))
def test_broken_rule_file_is_reported_against_its_file(folder):
    filename, message = BROKEN[folder]
    path = BROKEN_DIR / folder / filename
    problems = _problems(BROKEN_DIR / folder)
    assert len(problems) == 1, problems  # one defect, one line: no cascade of follow-on errors
    (problem,) = problems
    assert problem.startswith(f"{path}:"), problem
    assert message in problem, problem


def test_malformed_yaml_names_the_line():
    (problem,) = _problems(BROKEN_DIR / "malformed-yaml")
    path = BROKEN_DIR / "malformed-yaml" / "026-food-and-water.yaml"
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if text.startswith("related:"))
    # PyYAML marks where it noticed the problem: the unclosed list's line or the line after it
    assert any(problem.startswith(f"{path}:{n}: ") for n in (line, line + 1)), problem


def test_duplicate_yaml_key_names_the_line():
    (problem,) = _problems(BROKEN_DIR / "duplicate-yaml-key")
    path = BROKEN_DIR / "duplicate-yaml-key" / "026-food-and-water.yaml"
    lines = path.read_text().splitlines()
    second_title = [n for n, text in enumerate(lines, 1) if text.startswith("title:")][1]
    assert problem.startswith(f"{path}:{second_title}: "), problem


def test_a_folder_with_several_defects_reports_all_of_them_at_once(tmp_path):
    """A legal editor fixes a whole folder in one pass: every problem is listed, none hides another."""
    picked = ["unknown-key", "duplicate-yaml-key", "unknown-paragraph", "related-to-nothing",
              "malformed-yaml", "undefined-element", "missing-required-field", "bad-rule-id"]
    for n, folder in enumerate(picked):
        src = BROKEN_DIR / folder / BROKEN[folder][0]
        text = src.read_text(encoding="utf-8")
        # distinct rule ids, so the files do not also collide with each other
        text = text.replace("id: food-and-water\n", f"id: food-and-water-{n}\n")
        (tmp_path / f"{n:02d}-{folder}.yaml").write_text(text, encoding="utf-8")
    problems = _problems(tmp_path)
    assert len(problems) == len(picked), "\n".join(problems)
    for n, folder in enumerate(picked):
        path = tmp_path / f"{n:02d}-{folder}.yaml"
        mine = [p for p in problems if p.startswith(f"{path}:")]
        assert len(mine) == 1, (folder, problems)
        assert BROKEN[folder][1] in mine[0]


def test_problems_of_one_file_are_all_listed(tmp_path):
    """Several mistakes inside one rule file: each one is its own line, all starting with the file."""
    text = (PACKAGE_DIR / "gciii" / "026-food-and-water.yaml").read_text(encoding="utf-8")
    text = text.replace("provision: GCIII-26\n", "provision: GCIII-13.4\nseverity: high\n")
    text = text.replace("related: [GCIII-20, GCIII-46, GCIII-51, CIHL-118]", "related: [GCIII-20, API-103]")
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(tmp_path)
    assert all(p.startswith(f"{path}:") for p in problems), problems
    assert any("severity: Extra inputs are not permitted" in p for p in problems)
    # the unknown key stops the rule from being built, so the provision checks need a second file
    text2 = text.replace("severity: high\n", "").replace("id: food-and-water", "id: food-two")
    (tmp_path / "rule2.yaml").write_text(text2, encoding="utf-8")
    problems = _problems(tmp_path)
    rule2 = [p for p in problems if p.startswith(f"{tmp_path / 'rule2.yaml'}:")]
    assert any("GCIII art. 13 has 3 paragraphs" in p for p in rule2), rule2
    assert any("API-103: API has articles 1-102, not 103" in p for p in rule2), rule2


def test_broken_folders_fall_back_to_the_packaged_catalogue_and_lexicon():
    folder = BROKEN_DIR / "unknown-paragraph"
    assert not (folder / "catalogue").exists() and not (folder / "lexicon.yaml").exists()
    # the paragraph check can only fire if the packaged catalogue was loaded
    (problem,) = _problems(folder)
    assert "has 3 paragraphs" in problem


def test_empty_folder_and_missing_folder(tmp_path):
    assert _problems(tmp_path) == [f"{tmp_path}: no rule files (*.yaml) found"]
    missing = tmp_path / "nope"
    assert _problems(missing) == [f"{missing}: not a folder of rule files"]


def test_strict_yaml_refuses_duplicate_keys_in_nested_mappings(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("applies:\n  protected: a\n  protected: b\n", encoding="utf-8")
    import yaml

    with pytest.raises(yaml.YAMLError, match="duplicate key 'protected'"):
        read_yaml(p)


def test_the_packaged_rule_set_loads():
    rs = load_ruleset()
    assert len(rs) > 0
    assert all(rs.sources[r.id].endswith(".yaml") for r in rs)
    for rule in rs:
        assert rs.catalogue.problem(rule.provision) is None


# --- versioning ----------------------------------------------------------------------------


def _copy_rules(tmp_path: Path) -> Path:
    dst = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, dst, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return dst


def test_sha256_is_stable_across_loads_and_copies(tmp_path):
    a = load_ruleset()
    b = load_ruleset()
    c = load_ruleset(_copy_rules(tmp_path))
    assert re.fullmatch(r"[0-9a-f]{64}", a.sha256)
    assert a.sha256 == b.sha256 == c.sha256


def test_sha256_ignores_comments_and_layout_but_not_meaning(tmp_path):
    rules = _copy_rules(tmp_path)
    before = load_ruleset(rules).sha256
    path = rules / "gciii" / "026-food-and-water.yaml"
    text = path.read_text(encoding="utf-8")

    path.write_text("# a comment a legal editor added\n" + text + "\n\n", encoding="utf-8")
    assert load_ruleset(rules).sha256 == before, "comments and blank lines do not change the law"

    path.write_text(text.replace("Enough drinking water must be provided.",
                                 "Enough drinking water must be provided at all times."), encoding="utf-8")
    changed_summary = load_ruleset(rules).sha256
    assert changed_summary != before

    path.write_text(text.replace("      - emaciated\n", ""), encoding="utf-8")
    changed_phrase = load_ruleset(rules).sha256
    assert changed_phrase not in (before, changed_summary)

    path.write_text(text, encoding="utf-8")
    assert load_ruleset(rules).sha256 == before


def test_sha256_changes_with_the_version_and_the_lexicon(tmp_path):
    rules = _copy_rules(tmp_path)
    before = load_ruleset(rules)
    info = rules / "ruleset.yaml"
    info.write_text(info.read_text(encoding="utf-8").replace(f"version: {before.version}", "version: 99.0.0"),
                    encoding="utf-8")
    after = load_ruleset(rules)
    assert after.version == "99.0.0" and after.sha256 != before.sha256


def test_ruleset_version_is_semver_and_in_the_changelog():
    rs = load_ruleset()
    assert re.fullmatch(r"\d+\.\d+\.\d+", rs.version)
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## .*\b{re.escape(rs.version)}\b", changelog, re.M), (
        f"CHANGELOG.md has no section for rule-set version {rs.version}: add one when you bump the version"
    )


def test_bad_version_in_ruleset_yaml_is_reported(tmp_path):
    rules = _copy_rules(tmp_path)
    info = rules / "ruleset.yaml"
    version = load_ruleset(rules).version
    info.write_text(info.read_text(encoding="utf-8").replace(f"version: {version}", "version: '1.0'"),
                    encoding="utf-8")
    problems = _problems(rules)
    assert len(problems) == 1 and problems[0].startswith(f"{info}: version:"), problems


def test_a_group_named_inside_a_composed_phrase_must_exist(tmp_path):
    """ "make @captive_object bark" names a group; a misspelt one is reported like any other."""
    text = (PACKAGE_DIR / "gciii" / "026-food-and-water.yaml").read_text(encoding="utf-8")
    text = text.replace("      - starve\n", "      - starve\n      - make @captive_objet go hungry\n", 1)
    path = tmp_path / "rule.yaml"
    path.write_text(text, encoding="utf-8")
    problems = _problems(tmp_path)
    assert any(p.startswith(f"{path}:") and "lexicon group @captive_objet does not exist" in p for p in problems), problems


def test_composed_phrases_stand_for_every_combination():
    from checker.matcher import _Builder

    b = _Builder({"obj": ["them", "the @who"], "who": ["prisoner", "=captive"], "act": ["bark", "=crawl"],
                  "forced": ["make @obj @act", "force @obj to @act"], "loop": ["a @loop"]})
    terms = {b.terms[i].lstrip("~").replace("=", "") for i in b.resolve(["@forced"])}
    assert terms == {f"{verb} {obj}{to} {act}" for verb, to in (("make", ""), ("force", " to"))
                     for obj in ("them", "the prisoner", "the captive") for act in ("bark", "crawl")}
    assert b.resolve(["@loop"]) == frozenset()  # a group that composes itself yields nothing, and ends


def test_words_of_a_composed_phrase_marked_exact_are_not_inflected():
    from checker.inflect import phrase_variants
    from checker.matcher import _Builder

    b = _Builder({"who": ["=the guards"], "act": ["beat"], "obj": ["us"], "scene": ["@who @act @obj"]})
    (term,) = [b.terms[i] for i in b.resolve(["@scene"])]
    forms = phrase_variants(term)
    assert {"the guards beat us", "the guards beaten us", "the guards beating us"} <= forms
    assert not any("guardses" in f or "guardsed" in f for f in forms)


def test_irregular_verbs_of_witness_words_are_inflected():
    """A phrase written with the base form reads the irregular past: "red cross never come" is also "never came",
    "ring home" also "rang home"."""
    from checker.inflect import phrase_variants

    assert "red cross never came" in phrase_variants("red cross never come")
    assert "rang home" in phrase_variants("ring home")
    assert {"became", "began", "forgave", "understood"} <= {v for w in ("become", "begin", "forgive", "understand")
                                                             for v in phrase_variants(w)}


def test_a_verb_phrase_written_in_the_past_is_also_read_in_its_ing_form():
    """'stamped on' is also 'stamping on', 'fired at' also 'firing at' (a clip's caption, a testimony in the present);
    not the -s form, as often a plural noun ('guns down', 'talks with'), nor the bare base, as often a wish ('wanted
    to phone home'); and not a past participle that describes the noun after it ('surrendered soldiers' are taken,
    'surrendering soldiers' are not yet)."""
    from checker.inflect import phrase_variants

    assert {"stamping on", "firing at", "dragging him", "carrying them", "forcing him to kneel"} <= \
        phrase_variants("stamped on") | phrase_variants("fired at") | phrase_variants("dragged him") | \
        phrase_variants("carried them") | phrase_variants("forced him to kneel")
    assert not {"stamps on", "stamp on", "fires at"} & (phrase_variants("stamped on") | phrase_variants("fired at"))
    assert "surrendering soldiers" not in phrase_variants("surrendered soldiers")
    assert "needing to" in phrase_variants("need to") and "nee to" not in phrase_variants("need to")


def test_a_word_written_in_the_past_gets_no_suffix_of_its_own():
    """'kicked' is not made 'kickeds', 'kickeded' or 'kickedding' (no words, only automaton weight); a noun that
    ends in -ed ('hundred', 'riverbed') and a base in -eed ('need', 'seed') keep their plural and verb forms."""
    from checker.inflect import past_bases, phrase_variants, word_forms

    for past in ("kicked", "carried", "stripped", "cancelled", "freed", "wounded"):
        assert not any(f != past and f.startswith(past) for f in word_forms(past)), past
    assert {"hundreds", "riverbeds", "needs", "needed", "seeds"} <= \
        word_forms("hundred") | word_forms("riverbed") | word_forms("need") | word_forms("seed")
    # the cap on long phrases still counts the forms no longer made: no phrase is read more widely
    assert "who has been captured" not in phrase_variants("who had been captured")
    assert "knee" in past_bases("kneed") and past_bases("speed") == past_bases("janjaweed") == ()


def test_a_thing_and_what_was_done_to_it_is_also_read_with_the_verb_be_between():
    """'hands tied' is also 'his hands were tied', 'the throat is cut', 'wounds had been dressed'; a phrase that
    starts with an adverb or a function word, or whose second word is no past participle, gets no such form."""
    from checker.inflect import phrase_variants

    assert {"hands were tied", "hands are tied", "hands had been tied", "hands got tied"} <= phrase_variants("hands tied")
    assert {"throat is cut", "throats were cut"} <= phrase_variants("throat cut")
    assert "wounds were dressed by medics" in phrase_variants("wounds dressed by medics")
    for phrase in ("summarily executed", "never answered", "beat", "the guards beat", "prisoner of war"):
        assert not any(f" {aux} " in f" {v} " for v in phrase_variants(phrase) for aux in ("was", "were", "been")), \
            phrase


def test_what_was_done_to_a_thing_is_also_read_with_its_owner_between():
    """'confiscated documents' is also 'confiscated their documents', 'shaved our heads' for 'shaved heads'."""
    from checker.inflect import phrase_variants

    assert {"confiscated their documents", "confiscated his documents", "confiscated the documents"} <= \
        phrase_variants("confiscated documents")
    assert "shaved our heads" in phrase_variants("shaved heads")
    for phrase in ("denied food and water", "beat", "summarily executed", "taken prisoner of war"):
        assert not any(f" {d} " in f" {v} " for v in phrase_variants(phrase) for d in ("his", "their", "our")), phrase


def test_a_state_word_must_be_a_conflict_signal(tmp_path):
    """The lexicon's "states" map names the State of words of the iac group; a word outside it is a slip."""
    rules = _copy_rules(tmp_path)
    lexicon = rules / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("  iran: [iran, iranian]", "  iran: [iran, persian]"),
                       encoding="utf-8")
    problems = _problems(rules)
    assert any("states.iran: 'persian' is not in the iac or niac group" in p for p in problems), problems


def test_an_internal_war_date_must_name_a_known_state(tmp_path):
    """internal_war_since dates the internal war of a State of the "states" map; any other name is a slip."""
    rules = _copy_rules(tmp_path)
    lexicon = rules / "lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace("  syria: 2011", "  syra: 2011"), encoding="utf-8")
    problems = _problems(rules)
    assert any("internal_war_since.syra: no such State in states" in p for p in problems), problems


def test_a_composed_phrase_may_not_explode_into_too_many_terms():
    # three groups of twenty words composed make 8,000 terms in the automaton: refused, with a way out
    from checker.rules.loader import MAX_COMPOSED, _oversized_compositions
    from checker.rules.schema import Lexicon

    words = [f"w{i}" for i in range(20)]
    lex = Lexicon(groups={"a": words, "b": words, "c": words,
                          "small": ["@a @b"], "big": ["@a @b @c"], "nested": ["@big", "x @small"]})
    found = dict(_oversized_compositions(lex))
    assert set(found) == {"big"} and "8,000 phrases" in found["big"] and f"{MAX_COMPOSED:,}" in found["big"]
    # the packaged lexicon keeps within the limit (it loads)
    assert not list(_oversized_compositions(load_ruleset().lexicon))


def test_a_rule_defers_only_to_rules_of_the_rule_set(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = next((folder / "gci").glob("012-*.yaml"))
    text = path.read_text(encoding="utf-8")
    assert "deferred_to: [medical-attention," in text
    path.write_text(text.replace("deferred_to: [medical-attention,", "deferred_to: [medical-atention,"), encoding="utf-8")
    (problem,) = _problems(folder)
    assert problem == f"{path}: applies -> deferred_to: no rule has the id 'medical-atention'"


def test_a_folder_of_one_instrument_loads_without_the_rules_it_defers_to(tmp_path):
    shutil.copytree(PACKAGE_DIR / "gci", tmp_path / "gci")
    rs = load_ruleset(tmp_path)
    assert "medical-attention" in rs.rules["wounded-enemy-care"].applies.deferred_to


@pytest.mark.parametrize("old, new, problem", [
    ("also_under: {rule: common-article-3,", "also_under: {rule: common-article-33,",
     "no rule has the id 'common-article-33'"),
    ("element: prohibited_act}", "element: prohibited_acts}",
     "'common-article-3' has no element 'prohibited_acts' to show"),
])
def test_a_rule_is_also_read_only_under_a_rule_and_element_of_the_rule_set(tmp_path, old, new, problem):
    folder = tmp_path / "rules"
    shutil.copytree(PACKAGE_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = next((folder / "cihl").glob("096-*.yaml"))
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert _problems(folder) == [f"{path}: applies -> also_under: {problem}"]
