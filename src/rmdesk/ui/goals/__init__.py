"""Purpose & Goals: the goals table and editor, reorder with undo, progress history."""
