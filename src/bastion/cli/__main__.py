"""`python -m bastion.cli`: the `bastion` command."""

import sys

from bastion.cli.main import main

sys.exit(main())
