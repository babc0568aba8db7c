"""Setting up and editing a relationship, and (for a leader) the private list of mentor
candidates."""
