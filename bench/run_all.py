"""Every benchmark in one go (`make bench`): builds the 100,000-client demo once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for script in ("demo_build.py", "startup.py", "startup_typing.py", "search.py", "end_key.py", "lifecycle_catchup.py",
               "window_memory.py", "purge.py",
               "export.py"):
    subprocess.run([sys.executable, str(HERE / script)], check=True)
