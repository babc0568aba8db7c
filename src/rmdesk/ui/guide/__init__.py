"""Guide: the guided setup of a relationship, and Help (the guide, shortcuts, About)."""
