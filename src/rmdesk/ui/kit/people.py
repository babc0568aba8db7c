"""Who owns an item, as the user reads it: the person's name with their role, never the
stored value ("leader")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rmdesk.domain.models import Relationship, Role
from rmdesk.privacy.display_text import party_name


def role_word(role: Role) -> str:
    if role is Role.LEADER:
        return QCoreApplication.translate("People", "leader")
    return QCoreApplication.translate("People", "mentor")


def person_text(relationship: Relationship | None, role: Role) -> str:
    """ "Leo Brandt (mentor)", or just the translated role when the name is not known."""
    if relationship is None:
        return role_word(role)
    name = party_name(relationship, role)
    if not name:
        return role_word(role)
    return QCoreApplication.translate("People", "{0} ({1})").format(name, role_word(role))
