"""English inflections for indicator phrases, generated once when the automaton is built.

Rule authors write base forms ("beat", "prisoner of war", "film"); this module
expands each content word into its plural / verb forms ("beats", "beaten",
"beating", "prisoners of war", "filmed") so the text itself is never lemmatised
at run time: matching stays a single pass over the raw (lower-cased) text.
Over-generation is harmless: a form that is not a word never occurs in text.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

# Function words are never inflected.
FIXED = frozenset(
    """a an the of to in on at by for with from and or nor their his her its them him they he she it
    was were be been being is are not no as into onto up down out off over about after before than
    that this these those who whom which what while during under without any all some each every
    one own our we us you your my me i there here per via against among between upon s
    would could should will shall can may might must""".split()
)

# Irregular verbs (and a few nouns) that rule phrases use; base -> other forms.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being"),
    "bear": ("bears", "bore", "borne", "bearing"),
    "beat": ("beats", "beaten", "beating"),
    "become": ("becomes", "became", "becoming"),
    "begin": ("begins", "began", "begun", "beginning"),
    "bend": ("bends", "bent", "bending"),
    "bind": ("binds", "bound", "binding"),
    "bite": ("bites", "bit", "bitten", "biting"),
    "bleed": ("bleeds", "bled", "bleeding"),
    "blow": ("blows", "blew", "blown", "blowing"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "bring": ("brings", "brought", "bringing"),
    "build": ("builds", "built", "building"),
    "burn": ("burns", "burned", "burnt", "burning"),
    "burst": ("bursts", "bursting"),
    "buy": ("buys", "bought", "buying"),
    "catch": ("catches", "caught", "catching"),
    "child": ("children",),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "come": ("comes", "came", "coming"),
    "creep": ("creeps", "crept", "creeping"),
    "cut": ("cuts", "cutting"),
    "deal": ("deals", "dealt", "dealing"),
    "dig": ("digs", "dug", "digging"),
    "do": ("does", "did", "done", "doing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "drink": ("drinks", "drank", "drunk", "drinking"),
    "drive": ("drives", "drove", "driven", "driving"),
    "eat": ("eats", "ate", "eaten", "eating"),
    "fall": ("falls", "fell", "fallen", "falling"),
    "feed": ("feeds", "fed", "feeding"),
    "feel": ("feels", "felt", "feeling"),
    "fight": ("fights", "fought", "fighting"),
    "find": ("finds", "found", "finding"),
    "flee": ("flees", "fled", "fleeing"),
    "fly": ("flies", "flew", "flown", "flying"),
    "foot": ("feet",),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "forget": ("forgets", "forgot", "forgotten", "forgetting"),
    "forgive": ("forgives", "forgave", "forgiven", "forgiving"),
    "freeze": ("freezes", "froze", "frozen", "freezing"),
    "get": ("gets", "got", "gotten", "getting"),
    "give": ("gives", "gave", "given", "giving"),
    "go": ("goes", "went", "gone", "going"),
    "grind": ("grinds", "ground", "grinding"),
    "grow": ("grows", "grew", "grown", "growing"),
    "hang": ("hangs", "hanged", "hung", "hanging"),
    "have": ("has", "had", "having"),
    "hear": ("hears", "heard", "hearing"),
    "hide": ("hides", "hid", "hidden", "hiding"),
    "hit": ("hits", "hitting"),
    "hold": ("holds", "held", "holding"),
    "hurt": ("hurts", "hurting"),
    "keep": ("keeps", "kept", "keeping"),
    "kneel": ("kneels", "knelt", "kneeled", "kneeling"),
    "know": ("knows", "knew", "known", "knowing"),
    "lay": ("lays", "laid", "laying"),
    "lead": ("leads", "led", "leading"),
    "leave": ("leaves", "left", "leaving"),
    "lend": ("lends", "lent", "lending"),
    "let": ("lets", "letting"),
    "lie": ("lies", "lay", "lain", "lying", "lied"),
    "light": ("lights", "lit", "lighted", "lighting"),
    "lose": ("loses", "lost", "losing"),
    "make": ("makes", "made", "making"),
    "man": ("men",),
    "mean": ("means", "meant", "meaning"),
    "meet": ("meets", "met", "meeting"),
    "mistake": ("mistakes", "mistook", "mistaken", "mistaking"),
    "overrun": ("overruns", "overran", "overrunning"),
    "pay": ("pays", "paid", "paying"),
    "person": ("people", "persons"),
    "put": ("puts", "putting"),
    "read": ("reads", "reading"),
    "ride": ("rides", "rode", "ridden", "riding"),
    "ring": ("rings", "rang", "rung", "ringing"),
    "rise": ("rises", "rose", "risen", "rising"),
    "run": ("runs", "ran", "running"),
    "say": ("says", "said", "saying"),
    "see": ("sees", "saw", "seen", "seeing"),
    "seek": ("seeks", "sought", "seeking"),
    "sell": ("sells", "sold", "selling"),
    "send": ("sends", "sent", "sending"),
    "set": ("sets", "setting"),
    "shake": ("shakes", "shook", "shaken", "shaking"),
    "shoot": ("shoots", "shot", "shooting"),
    "shut": ("shuts", "shutting"),
    "sing": ("sings", "sang", "sung", "singing"),
    "sink": ("sinks", "sank", "sunk", "sinking"),
    "sit": ("sits", "sat", "sitting"),
    "slay": ("slays", "slew", "slain", "slaying"),
    "sleep": ("sleeps", "slept", "sleeping"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "spend": ("spends", "spent", "spending"),
    "spit": ("spits", "spat", "spitting"),
    "split": ("splits", "splitting"),
    "stand": ("stands", "stood", "standing"),
    "starve": ("starves", "starved", "starving"),
    "steal": ("steals", "stole", "stolen", "stealing"),
    "stick": ("sticks", "stuck", "sticking"),
    "sting": ("stings", "stung", "stinging"),
    "strike": ("strikes", "struck", "stricken", "striking"),
    "strip": ("strips", "stripped", "stripping"),
    "swear": ("swears", "swore", "sworn", "swearing"),
    "sweep": ("sweeps", "swept", "sweeping"),
    "swing": ("swings", "swung", "swinging"),
    "take": ("takes", "took", "taken", "taking"),
    "teach": ("teaches", "taught", "teaching"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "tell": ("tells", "told", "telling"),
    "think": ("thinks", "thought", "thinking"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "tie": ("ties", "tied", "tying"),
    "undergo": ("undergoes", "underwent", "undergone", "undergoing"),
    "understand": ("understands", "understood", "understanding"),
    "wake": ("wakes", "woke", "woken", "waking"),
    "wear": ("wears", "wore", "worn", "wearing"),
    "weep": ("weeps", "wept", "weeping"),
    "win": ("wins", "won", "winning"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "withhold": ("withholds", "withheld", "withholding"),
    "woman": ("women",),
    "wound": ("wounds", "wounded", "wounding"),
    "wring": ("wrings", "wrung", "wringing"),
    "write": ("writes", "wrote", "written", "writing"),
}

VOWELS = set("aeiou")


def _regular(word: str) -> set[str]:
    forms = {word}
    if not word.isalpha() or len(word) < 2:
        return forms
    # plural / third person
    if word.endswith(("s", "x", "z", "ch", "sh")):
        forms.add(word + "es")
    elif word.endswith("y") and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ies")
    else:
        forms.add(word + "s")
    # past and participles
    if word.endswith("e"):
        forms.update({word + "d", word[:-1] + "ing"})
    elif word.endswith("y") and word[-2] not in VOWELS:
        forms.update({word[:-1] + "ied", word + "ing"})
    else:
        forms.update({word + "ed", word + "ing"})
        # consonant doubling for consonant-vowel-consonant endings (strip -> stripped,
        # transfer -> transferred); a wrong doubling ("visitted") is harmless
        if (
            word[-1] not in VOWELS | {"w", "x", "y"}
            and word[-2] in VOWELS
            and word[-3:-2] not in VOWELS
        ):
            forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


# British and American spellings of the same word: a rule author writes one, texts use both.
# Applied to every inflected form; a pair that makes a non-word is harmless.
_SPELLINGS = (
    (re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w{3})iz(e|ed|es|ing|ation|ations)$"), r"is\1"),
    (re.compile(r"(?<=\w{2})ys(e|ed|es|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{2})yz(e|ed|es|ing)$"), r"ys\1"),
    (re.compile(r"(?<=\w{2})our(s|ed|ing|er|ers|ite|able)?$"), r"or\1"),
    (re.compile(r"(?<=\w{2}[bhlmnpv])or(s|ed|ing|er|ers|ite|able)?$"), r"our\1"),
    (re.compile(r"^centre(s?)$"), r"center\1"),
    (re.compile(r"^center(s?)$"), r"centre\1"),
    (re.compile(r"^centr(ed|ing)$"), r"center\1"),
    (re.compile(r"^center(ed|ing)$"), r"centr\1"),
    (re.compile(r"(?<=\w{2}[fn])ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=\w{2}[fn])ense(s)?$"), r"ence\1"),
    (re.compile(r"gement(s)?$"), r"gment\1"),
    (re.compile(r"gment(s)?$"), r"gement\1"),
)


def spellings(form: str) -> set[str]:
    """The form and its other national spellings ("brutalised" -> "brutalized", "labour" -> "labor")."""
    out = {form}
    for pattern, repl in _SPELLINGS:
        other = pattern.sub(repl, form)
        if other != form:
            out.add(other)
    return out


@lru_cache(maxsize=None)
def word_forms(word: str) -> frozenset[str]:
    """Every inflected form of one lower-case word (including the word itself), in both spellings."""
    if word in FIXED or not word.isalpha():
        return frozenset({word})
    if word not in IRREGULAR and past_bases(word):
        # a word written in the past ("kicked", "carried"): no -s, -ed or -ing added to it ("kickeds", "kickeded",
        # "kickedding" are no words); its other tenses only where a phrase asks for them (phrase_variants)
        return frozenset(spellings(word))
    forms = {word, *IRREGULAR[word]} if word in IRREGULAR else _regular(word)
    return frozenset(v for f in forms for v in spellings(f))


MAX_VARIANTS = 16


@lru_cache(maxsize=None)
def _unmade(word: str) -> int:
    """How many non-words (a past word with a suffix added: "kickeds", "kickeded") the word is no longer given: the
    cap on a phrase's combinations still counts them, so that no phrase is read more widely for their loss."""
    if word in FIXED or word in IRREGULAR or not past_bases(word):
        return 0
    return len({v for f in _regular(word) for v in spellings(f)} - word_forms(word))


COMPOSED = "~"  # a phrase built from lexicon groups, whose words marked '=' stay as written


def phrase_variants(phrase: str) -> set[str]:
    """All surface forms of a phrase. A leading '=' means: match these words exactly.

    A composed phrase (see matcher._Builder.compose) starts with COMPOSED; in it, each word
    that came from a group entry written with '=' ("=the guards") is kept as written and
    the others are inflected ("~=they beat =us" -> "they beat us", "they beaten us", ...).
    """
    phrase = phrase.strip()
    if phrase.startswith(COMPOSED):
        words, fixed = [], []
        for w in phrase[1:].split():
            for part in normalise_phrase(w.lstrip("=")).split(" "):
                if part:
                    words.append(part)
                    fixed.append(w.startswith("="))
        choices = [[w] if f else sorted(word_forms(w)) for w, f in zip(words, fixed)]
        return _combine(words, choices, fixed)
    if phrase.startswith("="):
        return {normalise_phrase(phrase[1:])}
    words = normalise_phrase(phrase).split(" ")
    choices = [sorted(word_forms(w)) for w in words]
    bases = past_bases(words[0]) if len(words) > 1 and words[1] in _OBJECT_OR_PARTICLE else ()
    if bases:
        # a verb phrase written in the past ("stamped on", "poured petrol"): its other tenses too ("stamps on",
        # "pouring petrol"), as a text told in the present (a clip's caption, a testimony) says it
        # (the -ing form only: a bare base is as often a wish or an order, "wanted to phone home", and an -s form as
        # often a plural noun, "talks with", "guns down", "curses at")
        choices[0] = sorted(set(choices[0]).union(f for b in bases for f in word_forms(b)
                                                  if f.endswith("ing")))
    return _combine(words, choices) | passive_variants(words) | owner_variants(words)


# the word after a verb with its object or particle ("kicked him", "stamped on", "dragged the"), not the noun a past
# participle describes ("surrendered soldiers", "wounded men": "surrendering soldiers" are not yet taken)
_OBJECT_OR_PARTICLE = frozenset({"him", "them", "her", "us", "me", "you", "it", "the", "his", "their", "our",
                                 "my", "its", "each", "every", "on", "at", "in", "into", "onto", "up", "out", "off", "down",
                                 "over", "with", "from", "by", "away", "back", "through", "across", "against"})


# words that end in -ed but are no past: nouns ("hundreds of prisoners", "a cowshed"); and of the words in -eed
# ("need", "seed", "speed", "bleed") only these are pasts of a verb in -ee
_NOT_A_PAST = frozenset("""hundred kindred cowshed bloodshed watershed seabed riverbed deathbed sickbed hotbed
    flowerbed sled""".split())
_PAST_IN_EED = frozenset("freed agreed disagreed decreed guaranteed refereed kneed".split())


def past_bases(word: str) -> tuple[str, ...]:
    """The possible bases of a regular past form ("kicked" -> "kick", "forced" -> "force", "carried" -> "carry",
    "dragged" -> "drag"; without a dictionary, every stem the form can come from: the wrong ones make only non-words,
    "forc", "kicke"); () for any other word."""
    if not word.endswith("ed") or word in FIXED or word in IRREGULAR or not word.isalpha() or word in _NOT_A_PAST \
            or (word.endswith("eed") and word not in _PAST_IN_EED):
        return ()
    return tuple(c for c in (word[:-2], word[:-1], word[:-3] + "y", word[:-3])
                 if len(c) >= 3 and c not in FIXED and word in _regular(c))


# a thing and what was done to it, as a rule author writes it ("hands tied", "throat cut", "wounds dressed"),
# told in full with the verb "be" between ("his hands were tied", "his throat is cut", "the wounds had been
# dressed") or "get" ("their hands got tied")
PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "been", "being", "had been", "has been", "have been", "got",
                       "gets")
# past participles that do not end in -ed
IRREGULAR_PARTICIPLES = frozenset(
    """beaten bent bound bitten broken brought burnt caught cut dug drawn driven fed forbidden found given
    ground hanged hung held hidden hit hurt kept known laid led left lost made paid put read said seen sent set
    shaken shot shut slain split stolen stuck struck stripped sworn taken taught told thrown torn withheld
    worn written""".split())
# words that say how or when, not what: "summarily executed", "never answered"
_NOT_A_THING = frozenset("never once already soon just still then later also often even only again".split())


def _participle(word: str) -> bool:
    return word in IRREGULAR_PARTICIPLES or (word.endswith("ed") and len(word) > 3)


def _thing(word: str) -> bool:
    """Could the word name a thing (not a function word or an adverb)?"""
    return word.isalpha() and word not in FIXED and word not in _NOT_A_THING and not word.endswith("ly")


def passive_variants(words: list[str]) -> set[str]:
    """'hands tied' -> 'hands were tied', 'hands are tied', ...: the first word (any of its forms) and the
    second (as written) with an auxiliary between; the words after them as written. Empty when the first word
    is a function word or an adverb, or the second is not a past participle."""
    if len(words) < 2:
        return set()
    first, second = words[0], words[1]
    if not (_thing(first) and _participle(second)):
        return set()
    rest = " ".join(words[2:])
    return {f"{w} {aux} {p}" + (f" {rest}" if rest else "")
            for w in word_forms(first) for aux in PASSIVE_AUXILIARIES for p in spellings(second)}


# whose thing it was: "confiscated documents" told as "confiscated their documents"
_POSSESSIVES = ("his", "her", "their", "the", "my", "our", "its")


def owner_variants(words: list[str]) -> set[str]:
    """'confiscated documents' -> 'confiscated their documents', 'shaved the heads', ...: a two-word phrase of
    a past participle and a thing, with a possessive or "the" between (both words as written)."""
    if len(words) != 2 or not (_participle(words[0]) and _thing(words[1])):
        return set()
    return {f"{v} {d} {words[1]}" for v in spellings(words[0]) for d in _POSSESSIVES}


def _combine(words: list[str], choices: list[list[str]], fixed: list[bool] | None = None) -> set[str]:
    total = 1
    for i, (w, c) in enumerate(zip(words, choices)):
        total *= len(c) + (0 if fixed and fixed[i] else _unmade(w))
    if total > MAX_VARIANTS:  # long phrases: inflect only the last content word and the first
        choices = [c if i in (0, len(words) - 1) else [words[i]] for i, c in enumerate(choices)]
    return {" ".join(combo) for combo in itertools.product(*choices)}


def normalise_phrase(phrase: str) -> str:
    """The same normalisation the text gets (see text.normalise), plus single spaces."""
    from .text import scan_form

    return " ".join(scan_form(phrase).split())
