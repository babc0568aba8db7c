"""Runtime assets (icons, prompts, templates); loaded with importlib.resources."""
