"""Agreement: drafts, versions, confirmation by both, changes shown, export."""
