import sys

from bilan.cli import main

sys.exit(main())
