"""Entry point of the bundled application (PyInstaller runs this file as __main__)."""

import sys

from ui.launcher import main

sys.exit(main())
