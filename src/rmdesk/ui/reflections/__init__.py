"""Reflections (private): the journal, its editor and preview, prompts, tags and search."""
