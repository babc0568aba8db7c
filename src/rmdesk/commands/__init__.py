"""Headless subcommands: no Qt on these paths, so they run over SSH and in cron."""
