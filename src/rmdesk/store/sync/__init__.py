"""Merging rows between vaults: copies of one vault, and packs between two people."""
