"""The shell: main window, lock and unlock pages, the workspace that hosts one section at a time,
idle watching, wiping on lock, and the UI settings allow-list."""
