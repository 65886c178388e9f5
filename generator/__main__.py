"""`python -m generator` runs the `briefings` command line."""

from generator.cli import main

main()
