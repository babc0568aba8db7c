"""The private journal, driven like a person: write from a prompt, autosave, tag, link,
search, delete; the paged model under qtmodeltester; the clipboard guard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from rmdesk.demo import fill_demo
from rmdesk.domain.models import Reflection
from rmdesk.domain.resources import PromptMoment, load_prompts
from rmdesk.privacy.access import DataAccess, data_access
from rmdesk.privacy.clipboard import ClipboardPolicy
from rmdesk.privacy.share_mode import PRIVATE_VISIBILITY, SHARED_VISIBILITY, Visibility
from rmdesk.store.repositories import Repositories
from rmdesk.store.repositories.reflection_query import ReflectionFilter
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.clipboard_guard import SENSITIVE_HINTS
from rmdesk.ui.kit.context import ViewContext
from rmdesk.ui.reflections.prompt_picker import PromptPickerDialog
from rmdesk.ui.reflections.reflection_filters import MEETING, link_key
from rmdesk.ui.reflections.reflections_model import PAGE_SIZE, ROLE_ID, ReflectionListModel
from rmdesk.ui.reflections.reflections_view import ReflectionsView, as_you_type


@pytest.fixture
def demo(vault: Vault) -> Vault:
    fill_demo(Repositories.from_db(vault.db), date(2026, 11, 24))
    return vault


def make_context(
    vault: Vault, visibility: Visibility = PRIVATE_VISIBILITY, policy: ClipboardPolicy | None = None
) -> ViewContext:
    data: DataAccess = data_access(vault.db, visibility)
    relationship = data.shared.relationships.list_all()[0]
    return ViewContext(
        data=data,
        relationship=relationship,
        navigate=lambda _section: None,
        clipboard=policy or ClipboardPolicy(),
        edit_relationship=lambda: None,
    )


def make_view(
    qtbot: QtBot,
    vault: Vault,
    policy: ClipboardPolicy | None = None,
    request: pytest.FixtureRequest | None = None,
) -> ReflectionsView:
    view = ReflectionsView(make_context(vault, policy=policy), None)
    qtbot.addWidget(view)
    if request is not None:
        # As the workspace does before a view goes away: no save may be left for later,
        # when the vault is closed.
        request.addfinalizer(view.save_pending)
    view.resize(1200, 700)
    view.show()
    return view


@pytest.fixture
def view(qtbot: QtBot, demo: Vault, request: pytest.FixtureRequest) -> Iterator[ReflectionsView]:
    yield make_view(qtbot, demo, request=request)


def flush_autosave(view: ReflectionsView) -> None:
    """What the timer does after a pause: fire it now instead of sleeping."""
    assert view.editor is not None
    assert view.editor.autosave_timer.isActive(), "typing did not schedule a save"
    view.editor.autosave_timer.timeout.emit()


def settle(qtbot: QtBot, view: ReflectionsView) -> None:
    """Wait for the search worker's answer to the latest keystroke to be shown."""
    qtbot.waitUntil(lambda: not view.searching, timeout=10_000)


def search(qtbot: QtBot, view: ReflectionsView, text: str) -> list[int]:
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    settle(qtbot, view)
    return [view.results.reflection_id(row) or 0 for row in range(view.results.rowCount())]


def test_write_from_a_prompt_autosaves_with_link_and_tags(
    qtbot: QtBot, view: ReflectionsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = view.editor
    assert editor is not None
    reflections = Repositories.from_db(demo.db).reflections
    before = reflections.count()
    prompt = load_prompts().for_moment(PromptMoment.AFTER_MEETING)[0]
    meeting_id = view.meetings[3][1]

    def pick(
        parent: object,
        prompts: object,
        meetings: object,
        goals: object,
        moment: object,
        **links: object,
    ) -> object:
        dialog = PromptPickerDialog(
            view._context.data.shared.prompts,
            view.meetings,
            view.goals,
            PromptMoment.ANY,
            parent=view,
        )
        qtbot.addWidget(dialog)
        dialog.moment.setCurrentIndex(dialog.moment.findData(PromptMoment.AFTER_MEETING.value))
        dialog.meeting.setCurrentIndex(dialog.meeting.findData(meeting_id))
        assert dialog.select_text(prompt.text)
        return dialog.choice()

    monkeypatch.setattr(PromptPickerDialog, "ask", pick)
    view.prompt_button.click()
    assert editor.prompt_label.text() == prompt.text
    qtbot.keyClicks(editor.body, "Leo showed me that silence is an answer too")
    qtbot.keyClicks(editor.tags, "Listening, silence")
    assert reflections.count() == before  # nothing saved while typing
    flush_autosave(view)

    assert reflections.count() == before + 1
    saved = editor.current
    assert saved.id is not None
    stored = reflections.get(saved.id)
    assert stored is not None
    assert stored.body == "Leo showed me that silence is an answer too"
    assert stored.prompt == prompt.text
    assert stored.meeting_id == meeting_id
    assert stored.tags == ("listening", "silence")
    assert "Saved" in editor.status.text()
    # The new reflection is the first row of the list, and selected.
    assert view.model.data(view.model.index(0, 0), ROLE_ID) == saved.id
    assert view.table.currentIndex().row() == 0
    assert view.count_label.text().endswith(str(before + 1))


def test_editing_again_updates_the_row_and_the_word_count(
    qtbot: QtBot, view: ReflectionsView, demo: Vault
) -> None:
    editor = view.editor
    assert editor is not None
    view.table.setCurrentIndex(view.model.index(1, 0))
    chosen = editor.current
    assert chosen.id is not None
    editor.body.moveCursor(editor.body.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor.body, "Update one two. ")
    editor.refresh_timer.timeout.emit()
    assert editor.info.text().startswith(f"Words: {len(editor.body.toPlainText().split())}")
    flush_autosave(view)
    stored = Repositories.from_db(demo.db).reflections.get(chosen.id)
    assert stored is not None and stored.body.startswith("Update one two. ")
    assert view.model.index(1, 1).data().startswith("Update one two.")


def test_link_to_a_meeting_and_goal_and_filter_by_them(
    qtbot: QtBot, view: ReflectionsView, demo: Vault
) -> None:
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    qtbot.keyClicks(editor.body, "linked entry")
    meeting_id = view.meetings[1][1]
    goal_id = view.goals[-1][1]
    editor.meeting.setCurrentIndex(editor.meeting.findData(meeting_id))
    editor.goal.setCurrentIndex(editor.goal.findData(goal_id))
    flush_autosave(view)
    assert editor.current.meeting_id == meeting_id and editor.current.goal_id == goal_id

    bar = view.filter_bar
    bar.link.setCurrentIndex(bar.link.findData(link_key(MEETING, meeting_id)))
    ids = [view.model.reflection_id(r) for r in range(view.model.rowCount())]
    assert editor.current.id in ids
    assert view.model.rowCount() == Repositories.from_db(demo.db).reflections.count(
        ReflectionFilter(meeting_id=meeting_id)
    )
    link_label = view.model.index(ids.index(editor.current.id), 3).data()
    assert view.meetings[1][0] in link_label


# The completer's popup asks the offscreen platform for things it cannot do.
POPUP_NOISE = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@POPUP_NOISE
def test_tags_complete_and_filter(qtbot: QtBot, view: ReflectionsView) -> None:
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    qtbot.keyClicks(editor.tags, "feedback, assu")
    completer = editor.tags.tag_completer
    assert completer.model().stringList() == ["assumptions"]  # type: ignore[attr-defined]
    assert completer.pathFromIndex(completer.model().index(0, 0)) == "feedback, assumptions"
    qtbot.keyClicks(view.filter_bar.tag, "feedback")
    tagged = view.model.rowCount()
    assert 0 < tagged < 4
    for row in range(tagged):
        assert "feedback" in view.model.index(row, 2).data()


@POPUP_NOISE
def test_search_as_you_type_highlights_and_honours_filters(
    qtbot: QtBot, view: ReflectionsView
) -> None:
    assert as_you_type("exa") == "exa*" and as_you_type("exams ") == "exams"
    assert as_you_type("ex") == "ex" and as_you_type("my ex") == "my ex"  # too short
    assert as_you_type("e*") == "e*"  # asked for in so many words
    found = search(qtbot, view, "exa")  # prefix while typing
    assert len(found) == 1
    spans = view.results.index(0).data(Qt.ItemDataRole.UserRole + 1)
    assert any(span.highlighted and span.text.lower().startswith("exam") for span in spans)
    assert view.stack.currentWidget() is view.results_switch
    assert view.results_switch.currentWidget() is view.result_list
    # Picking a result opens it.
    view.result_list.setCurrentIndex(view.results.index(0))
    assert view.editor is not None and "exams" in view.editor.body.toPlainText()
    # A tag filter that excludes it leaves nothing; operators are just words.
    qtbot.keyClicks(view.filter_bar.tag, "inclusion")
    settle(qtbot, view)
    assert view.results.rowCount() == 0
    assert search(qtbot, view, 'a OR (b "NEAR( col:x') == []
    view.search.clear()
    assert not view.searching
    assert view.stack.currentWidget() is view.list_switch
    assert view.list_switch.currentWidget() is view.table


def test_deleted_reflection_is_never_found_again(
    qtbot: QtBot, view: ReflectionsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    qtbot.keyClicks(editor.body, "zanzibar quokka confession")
    flush_autosave(view)
    doomed = editor.current.id
    assert search(qtbot, view, "quokka") == [doomed]
    monkeypatch.setattr(
        "rmdesk.ui.reflections.reflections_view.confirm_delete", lambda _parent: True
    )
    view.delete_button.click()
    assert editor.body.toPlainText() == ""
    assert not editor.body.document().isUndoAvailable()
    assert view.results.rowCount() == 0
    assert search(qtbot, view, "quokka") == []
    assert search(qtbot, view, "zanzibar") == []
    repo = Repositories.from_db(demo.db).reflections
    assert repo.get(doomed or 0) is None and repo.search("confession") == []


def test_delete_asks_first(
    qtbot: QtBot, view: ReflectionsView, demo: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.table.setCurrentIndex(view.model.index(0, 0))
    monkeypatch.setattr(
        "rmdesk.ui.reflections.reflections_view.confirm_delete", lambda _parent: False
    )
    before = Repositories.from_db(demo.db).reflections.count()
    view.delete_button.click()
    assert Repositories.from_db(demo.db).reflections.count() == before


def test_save_pending_saves_without_waiting(
    qtbot: QtBot, view: ReflectionsView, demo: Vault
) -> None:
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    qtbot.keyClicks(editor.body, "saved on navigation")
    view.save_pending()
    assert not editor.autosave_timer.isActive()
    assert Repositories.from_db(demo.db).reflections.search("navigation")


def test_preview_renders_markdown_without_html_or_links(
    qtbot: QtBot, view: ReflectionsView
) -> None:
    editor = view.editor
    assert editor is not None
    view.new_button.click()
    editor.body.setPlainText("# Title\n\n**bold** <b>raw</b> [link](https://example.org)")
    editor.preview_button.click()
    assert editor.preview.isVisible()
    html = editor.preview.toHtml()
    assert "&lt;b&gt;raw&lt;/b&gt;" in html  # shown as text, not interpreted
    assert not editor.preview.openLinks()
    editor.preview_button.click()
    assert editor.preview.toPlainText() == ""


def test_copy_marks_sensitive_and_clears_after_the_timer(qtbot: QtBot, demo: Vault) -> None:
    policy = ClipboardPolicy()
    view = make_view(qtbot, demo, policy)
    editor = view.editor
    assert editor is not None
    view.table.setCurrentIndex(view.model.index(0, 0))
    body = editor.body.toPlainText()
    editor.body.selectAll()
    qtbot.keyClick(editor.body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    clipboard = QGuiApplication.clipboard()
    mime = clipboard.mimeData()
    assert clipboard.text() == body
    for kind, value in SENSITIVE_HINTS.items():
        assert bytes(mime.data(kind).data()) == value
    assert policy.is_ours(body)
    assert view.guard.timer.isActive() and view.guard.timer.interval() == 30_000
    view.guard.timer.timeout.emit()
    assert clipboard.text() == ""

    # The whole-text button, then someone else's copy: that one is left alone.
    editor.copy_button.click()
    assert clipboard.text() == body
    clipboard.setText("someone else's text")
    view.guard.timer.timeout.emit()
    assert clipboard.text() == "someone else's text"
    clipboard.clear()


def test_model_passes_qtmodeltester_and_pages(
    qtbot: QtBot, demo: Vault, qtmodeltester: object
) -> None:
    repos = Repositories.from_db(demo.db)
    rel_id = repos.relationships.list_all()[0].id
    assert rel_id is not None
    with demo.db.transaction():
        for number in range(PAGE_SIZE * 2 + 10):
            repos.reflections.add(Reflection(relationship_id=rel_id, body=f"entry {number}\nmore"))
    filters = ReflectionFilter(relationship_id=rel_id)
    model = ReflectionListModel(repos.reflections, filters, lambda _m, _g: "")
    assert model.rowCount() == PAGE_SIZE  # the first page at once; the count follows
    qtbot.waitUntil(lambda: model.count_known, timeout=10_000)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == repos.reflections.count(filters)
    last = model.rowCount() - 1
    assert (
        model.data(model.index(last, 0), ROLE_ID) == repos.reflections.ids_at(last, 1, filters)[0]
    )
    second_page_first = repos.reflections.get(repos.reflections.ids_at(PAGE_SIZE, 1, filters)[0])
    assert second_page_first is not None
    assert model.index(PAGE_SIZE, 1).data() == second_page_first.body.splitlines()[0]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.rowCount(QModelIndex()) == last + 1


def test_view_loads_nothing_without_private_access(qtbot: QtBot, demo: Vault) -> None:
    view = ReflectionsView(make_context(demo, SHARED_VISIBILITY), None)
    qtbot.addWidget(view)
    view.show()
    assert view.editor is None
    assert not hasattr(view, "model")
    assert [type(w) for w in view.findChildren(QLabel)] == [QLabel]
    view.save_pending()  # harmless
    QApplication.processEvents()


def test_one_ctrl_z_undoes_one_burst_of_typing_and_autosave_keeps_the_rest(
    qtbot: QtBot, view: ReflectionsView, demo: Vault
) -> None:
    editor = view.editor
    assert editor is not None
    view.new_reflection()
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "The first paragraph, typed in one go. ")
    flush_autosave(view)  # a pause: autosave runs
    saved_id = editor.current.id
    assert saved_id is not None
    qtbot.keyClicks(editor.body, "Then a second burst.")
    qtbot.keyClick(editor.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.body.toPlainText() == "The first paragraph, typed in one go. "
    flush_autosave(view)
    stored = Repositories.from_db(demo.db).reflections.get(saved_id)
    assert stored is not None and stored.body == "The first paragraph, typed in one go. "
