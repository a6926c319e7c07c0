import sys

from barretimer.cli import main

sys.exit(main())
