"""`python -m skillsapp` is the same front door as the `skillsapp` script."""

import sys

from skillsapp.cli import main

sys.exit(main())
