"""The one place the window turns a refusal into the sentence it shows (a disabled
action's tooltip, a dialog's blocker line, an error line).

For now the English sentence of the error; the translated sentence of ``ui/refusals.py``
takes its place when the refusals work is merged (issue 7).
"""

from __future__ import annotations


def refusal_text(error: BaseException) -> str:
    return str(error)
