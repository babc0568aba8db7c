"""Overview: where the pair stands on the seven steps, the next meeting, open actions."""
