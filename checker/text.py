"""Text handling: normalisation that keeps offsets, and sentences with offsets.

All offsets the engine reports index the incident text as read (after decoding).
Normalisation therefore maps one character to one character; where runs of
white space are folded, an index map takes positions back to the original.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

# One character in, one character out: typographic quotes and dashes, hyphens
# (so "ill-treated" and "ill treated" read alike), double quotes and all white space.
_TABLE = {
    ord("\u2019"): "'",
    ord("\u2018"): "'",
    ord("\u02bc"): "'",
    ord("`"): "'",
    # double quotes are read as spaces: 'tells them to say "Glory to Russia"' reads as the phrase
    ord('"'): " ",
    ord("\u201c"): " ",
    ord("\u201d"): " ",
    ord("\u00ab"): " ",
    ord("\u00bb"): " ",
    ord("-"): " ",
    ord("\u2010"): " ",
    ord("\u2011"): " ",
    ord("\u2012"): ".",
    ord("\u2013"): ",",
    ord("\u2014"): ",",
    ord("\u00a0"): " ",
    ord("\t"): " ",
    ord("\n"): " ",
    ord("\r"): " ",
    ord("\u2028"): " ",
    ord("\u2029"): " ",
    ord("\f"): " ",
    ord("\v"): " ",
}


# The same table, applied faster: str.translate looks every character up in a dict (~15 ns each),
# while a byte table (ASCII texts) or a few str.replace calls (the others) run in C at memory speed.
_ASCII_TABLE = bytes.maketrans(bytes(k for k in _TABLE if k < 128), "".join(v for k, v in _TABLE.items() if k < 128).encode())
_PAIRS = tuple((chr(k), v) for k, v in _TABLE.items())  # no replacement is itself a key: order does not matter


def _accent_table() -> dict[int, str]:
    """Latin letters with accents read as their base letter ("Mitú", "Caquetá", "Żagań"), one for one."""
    import unicodedata

    table = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table.update({ord(a): b for a, b in zip("øØłŁđĐħĦıŀ", "oollddhhil")})
    return table


_FOLD = _accent_table()
_ACCENTED = re.compile("[\u00c0-\u024f]")


def normalise(text: str) -> str:
    """Lower-case and unify punctuation, keeping exactly one character per input character."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_TABLE).decode("ascii").lower()
    low = text
    for c, v in _PAIRS:  # = text.translate(_TABLE)
        if c in low:
            low = low.replace(c, v)
    low = low.lower()
    if _ACCENTED.search(low):
        low = low.translate(_FOLD)
    if len(low) == len(text):
        return low
    # A few characters lower-case to two (e.g. 'İ'); keep positions by taking the first.
    return "".join((c.translate(_TABLE).lower() or c)[0] for c in text)


@dataclass(frozen=True)
class Prepared:
    """The text the automaton scans, and how to map its positions back."""

    scan: str
    index: Optional[list[int]]  # scan position -> original position (None: identical)

    def original(self, pos: int) -> int:
        if self.index is None:
            return pos
        if pos >= len(self.index):
            return self.index[-1] + 1 if self.index else 0
        return self.index[pos]


_SPACES = re.compile(r" {2,}")


_OPENING_QUOTE = re.compile(r"(?<![\w'])'(?=\w)")  # "to say 'glory to": not "don't", "soldiers'"


def scan_form(text: str) -> str:
    """The text as the automaton reads it: normalised, and an opening single quote read as a space
    (one character for one, so offsets stay). Phrases of the rule files get the same treatment."""
    norm = normalise(text)
    return _OPENING_QUOTE.sub(" ", norm) if "'" in norm else norm


# the month is not the march: "on 5 March 1991", "in March", "March 2022", "mid-March" are scanned with the word
# masked, so that no rule phrase of marching ("march", "marched") reads it
_MONTH_MARCH = re.compile(
    r"(?:\d\s|\b(?i:in|of|since|until|till|by|early|late|mid|last|next|this|from|through|between|on|before|after|"
    r"during|and)[\s-])(March)\b|\b(March)(?=,?\s\d)")


def prepare(text: str) -> Prepared:
    norm = scan_form(text)
    if "March" in text:
        for m in _MONTH_MARCH.finditer(text):
            at = m.start(1) if m.start(1) >= 0 else m.start(2)
            norm = f"{norm[:at + 1]}q{norm[at + 2:]}"  # "mqrch", one character for one
    if "  " not in norm:
        return Prepared(norm, None)
    out: list[str] = []
    index: list[int] = []
    last = 0
    for m in _SPACES.finditer(norm):
        out.append(norm[last : m.start() + 1])
        index.extend(range(last, m.start() + 1))
        last = m.end()
    out.append(norm[last:])
    index.extend(range(last, len(norm)))
    return Prepared("".join(out), index)


# --- sentences ---------------------------------------------------------------------------

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "lt", "col", "gen", "sgt", "capt", "cpl", "pvt", "maj", "adm",
    "brig", "cmdr", "gov", "sen", "rep", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "arts", "para", "e.g", "i.e", "u.s",
    "u.k", "u.n", "approx", "fig", "pp", "inc", "co", "ltd", "jr", "sr",
    # short forms of notes and reports: "Incl. two wounded", "esp. the officers", "cf. Art. 13"
    "incl", "esp", "cf", "viz", "govt", "dept", "pte", "pfc", "lieut", "cdr",
}
# A sentence ends at . ! ? (with closing quotes/brackets) before white space, at a blank
# line, or at a line break before a bullet, a number or a capital (a new log entry), and at a bullet
# inside a line ("... interviewed without guards present \u2022 wounded prisoners operated on ...");
# a hard-wrapped line that goes on in lower case stays in its sentence.
# News digests close a story with its sources: "... in Sa'dah. (AFP) (Press TV) Colombian ..." -- the
# bracketed sources end the sentence before them.
#   [.!?]+["')\]\u201d]*(?:\s*\((?:[A-Z0-9][^()\n]{0,45})\))*(?=\s)  |  \n\s*\n\s*  |  \n\s*(?=[-*\u2022#>]|\d|[A-Z])
# (and an inline bullet, \u2022 after a space that follows a word) is written below with its first
# character taken out in front ([.!?\n\u2022], each branch checking
# it behind): a pattern that starts with a character set lets the regex engine skip to the
# candidates in C instead of trying three branches at every character (6.4 -> 2.7 us a text).
_BOUNDARY = re.compile(r"""[.!?\n\u2022](?:(?<=[.!?])[.!?]*["')\]\u201d]*(?:\s*\((?:[A-Z0-9][^()\n]{0,45})\))*(?=\s)"""
                       r"""|(?<=\n)\s*\n\s*|(?<=\n)\s*(?=[-*\u2022#>]|\d|[A-Z])|(?<=[^\n\s] \u2022))""")


_LIST_NUMBER = re.compile(r"\s*\d{1,3}\.")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, with surrounding white space trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0)[0] == ".":
            # not after a known abbreviation or a single initial ("J. Smith")
            w = _last_word(text[start : m.start()])
            if w:
                before = m.start() - len(w) - 1  # the character before the word: "can't." ends a sentence
                w = w.lower().rstrip(".")
                if w in _ABBREV or (len(w) == 1 and w.isalpha() and not (before >= start and text[before] in "'\u2019")):
                    continue
            # nor after the number of a list item ("2. Ethiopia still holds ..."): the number opens its sentence
            if _LIST_NUMBER.fullmatch(text, start, m.start() + 1):
                continue
        _add(spans, text, start, end)
        start = end
    _add(spans, text, start, len(text))
    return spans or [(0, len(text))]


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _last_word(seg: str) -> str:
    """What ``re.search(r"([A-Za-z.]+)$", seg)`` finds ('' for nothing), without trying every
    position of the sentence: the run of letters and dots at its end, or before a final newline."""
    if seg.endswith("\n"):
        seg = seg[:-1]
    return seg[len(seg.rstrip(_WORD_CHARS)):]


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return
    s = start + (len(seg) - len(seg.lstrip()))
    spans.append((s, s + len(stripped)))


class _SentenceOf(dict):
    """position -> sentence index, looked up once per position: the engine asks for the sentence
    of the same hit many times."""

    __slots__ = ("starts",)

    def __init__(self, starts: list[int]):
        super().__init__()
        self.starts = starts

    def __missing__(self, pos: int) -> int:
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        self[pos] = i
        return i


class Sentences:
    """Sentence spans with a fast position -> sentence lookup, and the news story of each."""

    def __init__(self, text: str):
        self.text = text
        self.spans = sentence_spans(text)
        self._starts = [s for s, _ in self.spans]
        self._story: Optional[list[int]] = None
        self._index = _SentenceOf(self._starts)

    @property
    def story(self) -> list[int]:
        """Story number of each sentence (all 0 unless the text is a digest of several news items);
        computed once, for the context and the custody scope alike."""
        if self._story is None:
            self._story = _stories(self.text, self.spans)
        return self._story

    def index(self, pos: int) -> int:
        """The sentence at ``pos`` (the first for a position before it)."""
        return self._index[pos]

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, i: int) -> tuple[int, int]:
        return self.spans[i]


# News digests close each story with its sources in brackets: "... in Luhansk Oblast. (Ukraine Today)
# (BBC) Iraqi Civil War: The United States ..." A new story starts after them.
# (not after a name's initial: "with Sepoy N. (ANA), freed in a deal" names his army, not a source)
_SOURCE_TAGS = re.compile(r"""(?<!\s[A-Z])[.!?]["'\u201d]?\s*(?:\((?:[A-Z0-9][^()\n]{0,45})\)\s*)+(?=\S)""")


# Older digests head each story with its topic instead: "Peace: Kofi Annan rings ... Occupation of Iraq:
# Iraq's former defence minister surrenders ..." Two or more such headings make a digest; speaker labels
# of a transcript ("Q:", "HOST:", "Interviewer:") are not headings, and a heading stays on its line (not "Again.
# Again.\nHOST:", a speaker's last words and the next label).
_HEADING = re.compile(r"([A-Z0-9][\w'\u2019.-]*(?:[ \t]+(?:[A-Z0-9][\w'\u2019.-]*|of|on|in|the|and|for|to|at|with|de|al)){0,7}):\s+(?=[A-Z0-9\"'\u201c])")
_NOT_HEADINGS = frozenset({"q", "a", "question", "answer", "interviewer", "interviewee", "reporter", "host", "guest", "anchor",
                           "witness", "lawyer", "judge", "commentator", "caption", "note", "update", "summary", "source",
                           "photo", "video", "location", "date", "time", "subject", "re", "from", "to", "breaking",
                           "translation", "speaker", "voice", "narrator", "officer", "soldier", "prisoner", "mother",
                           "father", "wife", "son", "daughter", "brother", "sister", "me", "him", "her", "them",
                           "clip", "image", "picture", "scene", "frame", "still", "screenshot", "slide"})
# a numbered label of the same account is no story of its own: "Photo 1: Captured soldiers are marched ... Photo 2:
# Residents jeer", "Clip 2 (1:12): the same men", "Scene 3:"
_LABEL_NUMBER = re.compile(r"[ \t]+\d{1,3}[a-z]?$")


def _headings(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Start positions of topic headings that open sentences, when a text has at least two of them."""
    found = []
    for s, _ in spans:
        m = _HEADING.match(text, s)
        if m and not m.group(1).isupper() and _LABEL_NUMBER.sub("", m.group(1).lower()) not in _NOT_HEADINGS:
            found.append(s)
    return found if len(found) >= 2 else []


def _stories(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Story number of each sentence: a digest of several news items is read one item at a time."""
    breaks = [m.end() for m in _SOURCE_TAGS.finditer(text)]
    if ": " in text:
        heads = [h for h in _headings(text, spans) if h > 0]
        if heads:
            breaks = sorted(set(breaks) | set(heads))
    out, k = [], 0
    for s, _ in spans:
        while k < len(breaks) and breaks[k] <= s:
            k += 1
        out.append(k)
    return out
