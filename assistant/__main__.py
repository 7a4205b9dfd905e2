import gc
import sys

from .cli import main

code = main()
# Leaving: nothing of this run needs a last search for reference cycles, which at exit costs
# about a tenth of a plain `quit` run. Files are closed (and saved answers synced) before this.
gc.freeze()
sys.exit(code)
