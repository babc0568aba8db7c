"""Everything Qt: one package (room) per section, the shell around them and a shared kit.

Rooms import the kit and the layers below ``ui/``, never each other; the shell imports the rooms.
See docs/architecture.md."""
