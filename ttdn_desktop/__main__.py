"""`python -m ttdn_desktop` starts the windows (the command line is `ttdn`)."""

import sys

from ttdn_desktop.gui.app import main

if __name__ == "__main__":
    sys.exit(main())
