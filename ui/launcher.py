"""The composition root of `accountdesk` (console) and `accountdesk-window` (no console).

It sits above `app` and `ui`: the arguments and the headless commands belong to
`app.cli`; only when no headless command is given is Qt imported and the window
started. A scheduled `accountdesk lifecycle` therefore never loads Qt, and on Windows
the console script prints its counts while the window script opens without a console.
"""

from __future__ import annotations

import gc
import os
import sys

from app.cli import parser, run_command


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    code = run_command(args)
    if code is not None:
        return code
    if args.screenshot:
        # A picture needs no screen: render offscreen unless told otherwise.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # No cyclic GC while the window's modules load either (ui.app.run_gui turns it on again).
    gc.disable()
    from ui.app import run_gui

    return run_gui(args)


def console() -> None:
    sys.exit(main())


if __name__ == "__main__":
    console()
