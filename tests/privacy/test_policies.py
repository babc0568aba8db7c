from __future__ import annotations

import subprocess
import sys

from rmdesk.domain.sections import Section
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.display_text import neutralise, one_line
from rmdesk.privacy.idle import IdleLockPolicy, ManualClock
from rmdesk.privacy.share_mode import PRIVATE_SECTIONS, SHARED_VISIBILITY, Visibility


def test_shared_visibility_leaves_out_every_private_section() -> None:
    assert Section.REFLECTIONS in PRIVATE_SECTIONS
    assert not set(SHARED_VISIBILITY.visible_sections()) & PRIVATE_SECTIONS
    assert not SHARED_VISIBILITY.include_private
    assert Visibility(share_mode=False).allows(Section.REFLECTIONS)


def test_idle_lock_fires_after_timeout_and_activity_resets_it() -> None:
    clock = ManualClock()
    policy = IdleLockPolicy(timeout_seconds=600, clock=clock)
    clock.advance(599)
    assert not policy.should_lock()
    policy.note_activity()
    clock.advance(599)
    assert not policy.should_lock()
    clock.advance(1)
    assert policy.should_lock()


def test_idle_lock_fires_after_suspend_even_though_monotonic_time_stood_still() -> None:
    clock = ManualClock()
    policy = IdleLockPolicy(timeout_seconds=600, clock=clock)
    clock.suspend(3600)
    assert policy.should_lock()


def test_clipboard_policy_recognises_only_our_text() -> None:
    policy = ClipboardPolicy()
    assert not policy.is_ours("anything")
    policy.copied("secret words")
    assert policy.is_ours("secret words")
    assert not policy.is_ours("something the user copied elsewhere")
    policy.forget()
    assert not policy.is_ours("secret words")


def test_display_text_neutralises_controls_and_bidi_overrides() -> None:
    assert neutralise("a\u202eb\x1b[31mc\x00") == "a\ufffdb\ufffd[31mc\ufffd"
    assert one_line("\n\n  first line  \nsecond") == "first line"
    assert one_line("x" * 500, limit=10).endswith("…")
    # Emoji ZWJ sequences and combining marks are ordinary text and pass unchanged.
    assert neutralise("👩\u200d💻 e\u0301") == "👩\u200d💻 e\u0301"


def test_hardening_disables_core_dumps_in_a_child_process() -> None:
    code = (
        "import resource; from rmdesk.privacy.hardening import harden_process; "
        "applied = harden_process(); print(resource.getrlimit(resource.RLIMIT_CORE)); "
        "print(applied)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "(0, 0)" in out
    assert "no core dumps" in out


def test_shared_mode_data_access_refuses_private_columns(vault) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from rmdesk.privacy.access import PrivateContentBlockedError, data_access
    from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY, SHARED_VISIBILITY

    shared = data_access(vault.db, SHARED_VISIBILITY)
    assert shared.private is None and not shared.include_private
    assert shared.shared.actions.list_for_relationship(1, include_private=False) == []
    for repository in (shared.shared.actions, shared.shared.checkins):
        with pytest.raises(PrivateContentBlockedError):
            repository.list_for_relationship(1, include_private=True)
    private = data_access(vault.db, PRIVATE_VISIBILITY)
    assert private.private is not None
    assert private.shared.actions.list_for_relationship(1, include_private=True) == []


def test_clipboard_policy_remembers_every_copy_until_forgotten() -> None:
    policy = ClipboardPolicy()
    policy.copied("first copy")
    policy.copied("a later selection")
    assert policy.is_ours("first copy") and policy.is_ours("a later selection")
    policy.forget()
    assert not policy.is_ours("first copy")
