"""What a search box's text means, and how names sort (DESIGN.md §13). Pure.

- Words match as prefixes of any word of the name, account number, emails or phones.
- A phone number matches in any format: what the user typed is compared as digits,
  with or without the country code ("+33 2 69 17 54 68", "02 69 17 54 68" and
  "0269175468" find the same client).
- Any part of an account number matches ("1012" finds AD-001012): the index holds the
  suffixes of each account number (see the 0002 migration).
- Chinese and Japanese text matches anywhere in a name ("明德" finds 王明德): those
  characters are written without spaces, so a word index would see one long word; the
  index holds each character as a word of its own (`sort_key`), and a run typed in the
  search box is looked up as a phrase of those characters, through the index.
- Names sort as people expect: accents beside their letters, case ignored
  (`sort_key`, stored in `client.name_key` so that SQL sorts and pages by an index).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

_WORD = re.compile(r"\w+", re.UNICODE)
_PHONE_TEXT = re.compile(r"^[\d\s+\-.()/]+$")


@cache
def _cjk() -> re.Pattern[str]:
    """Han, Hiragana, Katakana, Hangul: scripts written without spaces between words.
    Compiled at first use: its wide ranges take 3-4 ms to compile, which every start paid
    before its first paint."""
    return re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")


# Country codes are 1 to 3 digits; a national number starts with one trunk 0 instead.
COUNTRY_CODE_LENGTHS = (1, 2, 3)
MIN_PHONE_DIGITS = 4
# How many leading characters of an account number may be skipped in the index (its suffixes).
ACCOUNT_SUFFIXES = 10


def sort_key(name: str) -> str:
    """The key names sort by, and the name the search index holds: accents removed (É
    sorts with E), case folded, and each CJK character set apart as a word of its own."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(_cjk().sub(lambda m: f" {m.group(0)} ", plain).split())


@dataclass(frozen=True)
class SearchPlan:
    words: tuple[str, ...] = ()        # prefix words for the index
    phone: tuple[str, ...] = ()        # digit strings, any of which may start a phone's digits
    cjk: tuple[str, ...] = ()          # runs of CJK text to find anywhere in a name

    @property
    def empty(self) -> bool:
        return not (self.words or self.phone or self.cjk)


def phone_alternatives(digits: str, *, international: bool) -> tuple[str, ...]:
    """The digit strings a typed phone number may start with in the index.

    Typed with a country code (+33 2 69 …): itself and the national forms 0 2 69 … for
    each possible country-code length. Typed nationally (02 69 …): itself; the index
    holds the national forms of stored international numbers (see the migration)."""
    found = [digits]
    if international:
        found += ["0" + digits[n:] for n in COUNTRY_CODE_LENGTHS if len(digits) - n >= MIN_PHONE_DIGITS - 1]
    return tuple(dict.fromkeys(found))


def plan(text: str) -> SearchPlan:
    stripped = text.strip()
    if not stripped:
        return SearchPlan()
    digits = re.sub(r"\D", "", stripped)
    if _PHONE_TEXT.match(stripped) and len(digits) >= MIN_PHONE_DIGITS and (
            len(_WORD.findall(stripped)) > 1 or stripped.startswith("+")):
        return SearchPlan(phone=phone_alternatives(digits, international=stripped.startswith("+")))
    words, cjk = [], []
    for token in _WORD.findall(stripped):
        if _cjk().search(token):
            cjk.append(token)
        else:
            words.append(token)
    return SearchPlan(words=tuple(words), cjk=tuple(cjk))


def fts_match(search: SearchPlan) -> str | None:
    """The FTS5 MATCH expression for `search` (None: nothing to match): words as prefixes,
    a phone as any of its digit forms, a CJK run as the phrase of its characters."""
    parts = [f'"{w}"*' for w in search.words]
    parts += ['"' + " ".join(run) + '"' for run in search.cjk]
    if search.phone:
        parts.append("(" + " OR ".join(f'"{d}"*' for d in search.phone) + ")")
    return " ".join(parts) or None


def like_pattern(text: str) -> str:
    """A LIKE pattern finding `text` anywhere; the user's % and _ are letters (escape \\)."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
