"""Meetings: schedule, agenda, the live session, private notes, summaries."""
