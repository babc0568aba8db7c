"""Headless subcommands: no Qt on these paths, so they run over SSH and in cron.

The table from a command to the function that runs it is ``handlers.HANDLERS``; importing it
imports every command module (and so the store). This package itself imports nothing, so
that ``cli.py`` can read the app's Qt options (``qt_options``) on the way to the window
without loading the store before the lock screen.
"""
