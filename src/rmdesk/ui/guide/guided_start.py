"""The guided setup: a new relationship in a few short steps, in the seed's order.

Who you are (leader or mentor) → the purpose and focus areas → the other person → the
rhythm → the agreement you confirm together → what comes next. Each step is one small page
and can be skipped; closing the guide keeps what was entered. The relationship is written
as soon as it has what the vault needs (the other person's name) and updated after each
later step, through the same repositories and validation as Edit relationship.

The shell opens it after a vault is created and from Relationship → Guided setup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QVBoxLayout, QWidget, QWizard

from rmdesk.domain.journey import JourneyFacts
from rmdesk.domain.models import MeetingStatus, Relationship, Role
from rmdesk.domain.next_step import NextStep, new_relationship, next_step
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.privacy.access import DataAccess, SharedData
from rmdesk.privacy.display_text import neutralise
from rmdesk.store.errors import VaultError
from rmdesk.ui.guide.agreement_step import AgreementPage, ConfirmAsk
from rmdesk.ui.guide.guided_pages import GuidePage, PurposePage, RhythmPage, RolePage, WhoPage
from rmdesk.ui.guide.help_dialogs import GuideDialog
from rmdesk.ui.kit.error_text import show_not_saved
from rmdesk.ui.kit.forms import accessible_label
from rmdesk.ui.kit.wrapped_label import WrappedLabel

PAGE_ROLE, PAGE_PURPOSE, PAGE_WHO, PAGE_RHYTHM, PAGE_AGREEMENT, PAGE_READY = range(6)


class ReadyPage(GuidePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("You are set up"))
        layout = QVBoxLayout(self)
        self.summary = WrappedLabel("", self)
        self.summary.setObjectName("guideSummary")
        self.summary.setAccessibleName(self.tr("What comes next"))
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def load(self, draft: Relationship) -> None:
        guide = self.guide()
        lines: list[str] = []
        if draft.id is None:
            self.setSubTitle(self.tr("Nothing was saved yet."))
            lines.append(
                self.tr(
                    "A relationship needs the other person's name before rmdesk can keep it. "
                    "Go back to step 2, or start again later from Relationship → Guided setup."
                )
            )
        else:
            self.setSubTitle(
                self.tr("Your relationship with {0} is saved.").format(neutralise(draft.other_name))
            )
            step = guide.next_step()
            lines.append(
                {
                    NextStep.WRITE_PURPOSE: self.tr(
                        "Next: write down the purpose (Relationship → Edit relationship)."
                    ),
                    NextStep.NAME_GOAL: self.tr(
                        "Next: name a first goal in Purpose & Goals: what you want to be able "
                        "to do, and how you will notice."
                    ),
                    NextStep.CONFIRM_AGREEMENT: self.tr(
                        "Next: read and confirm the agreement together, in Agreement."
                    ),
                    NextStep.PLAN_MEETING: self.tr("Next: plan your first meeting in Meetings."),
                    NextStep.PREPARE_MEETING: self.tr(
                        "Next: before you meet, note what you want to learn, in Meetings."
                    ),
                }[step]
            )
            lines.append(
                self.tr(
                    "The Overview always shows the next step. To walk through this setup "
                    "again, choose Relationship → Guided setup."
                )
            )
            if draft.my_role is Role.MENTOR:
                lines.append(
                    self.tr(
                        "You keep your own copy as the mentor: prepare topics in Meetings and "
                        "note what you are learning yourself in Purpose & Goals. Exchange "
                        "packs with the leader: Relationship → Share with… and Open a pack…."
                    )
                )
        lines.append(self.tr("Press F1 here or in the main window for the guide."))
        self.summary.setText("\n\n".join(lines))

    def validatePage(self) -> bool:
        return True


class GuidedStart(QWizard):
    """Run with ``exec()``; afterwards ``relationship_id`` is the relationship it saved (or
    the one it was opened for), or None when nothing could be saved."""

    def __init__(
        self,
        data: DataAccess,
        relationship: Relationship | None,
        confirm_ask: ConfirmAsk,
        *,
        is_closed: Callable[[], bool] = lambda: False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("guidedStart")
        self.skipping = False
        self.setWindowTitle(
            self.tr("Guided setup") if relationship is not None else self.tr("Getting started")
        )
        self.shared: SharedData = data.shared
        self.is_closed = is_closed
        self.draft = (
            relationship
            if relationship is not None
            else new_relationship(Role.LEADER, today or date.today())
        )
        # Set by the mentor's "Open a pack from the leader": the window opens it next.
        self.open_pack_requested = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("&Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Close")),
            (QWizard.WizardButton.HelpButton, self.tr("&Help")),
            (QWizard.WizardButton.CustomButton1, self.tr("S&kip this step")),
        ):
            self.setButtonText(which, text)
            button = self.button(which)
            button.setAccessibleName(accessible_label(text))
        self.skip_button: QAbstractButton = self.button(QWizard.WizardButton.CustomButton1)
        self.skip_button.setToolTip(self.tr("Go on without saving this step; change it later"))
        self.cancel_button = self.button(QWizard.WizardButton.CancelButton)
        self.cancel_button.setToolTip(self.tr("Close the guide; what you entered is kept"))

        self.agreement_page = AgreementPage(confirm_ask, self)
        self.pages: dict[int, GuidePage] = {
            PAGE_ROLE: RolePage(self),
            PAGE_PURPOSE: PurposePage(self),
            PAGE_WHO: WhoPage(self),
            PAGE_RHYTHM: RhythmPage(self),
            PAGE_AGREEMENT: self.agreement_page,
            PAGE_READY: ReadyPage(self),
        }
        for page_id, page in self.pages.items():
            self.setPage(page_id, page)
        self.setStartId(PAGE_ROLE)

        self.customButtonClicked.connect(self._on_custom_button)
        self.helpRequested.connect(self.show_help)
        self.currentIdChanged.connect(self._on_page_changed)
        # F1 works here too: a dialog's own event loop does not see the window's F1.
        self.help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self)
        self.help_shortcut.setWhatsThis(self.tr("Guide"))  # its name in a shortcut list
        self.help_shortcut.activated.connect(self.show_help)
        self.resize(720, 560)

    # -- the draft and saving ----------------------------------------------------------------
    @property
    def relationship_id(self) -> int | None:
        return self.draft.id

    def keep(self, draft: Relationship) -> bool:
        """Take a page's values; save them once the relationship can be saved. False (with
        the reason shown) keeps the user on the page, nothing typed lost."""
        if self.is_closed():
            return False
        if draft.id is None and not draft.other_name.strip():
            self.draft = draft  # not storable yet: kept in the guide until the name comes
            return True
        try:
            validate(draft)
            saved = (
                self.shared.relationships.add(draft)
                if draft.id is None
                else self.shared.relationships.update(draft)
            )
        except ValidationError as error:
            page = self.currentPage()
            self._say(page, self.tr("Please check this: {0}").format(neutralise(error.message)))
            return False
        except VaultError as error:
            show_not_saved(self, error)
            return False
        self.draft = saved
        return True

    def _say(self, page: object, text: str) -> None:
        hint = getattr(page, "hint", None)
        if isinstance(hint, WrappedLabel):
            hint.setText(text)

    def next_step(self) -> NextStep:
        """The Overview's next step for the draft, from shared data (as the Overview sees it)."""
        rel_id = self.draft.id
        goals = self.shared.goals.list_for_relationship(rel_id) if rel_id is not None else []
        facts = JourneyFacts(
            has_purpose=bool(self.draft.purpose.strip()),
            goal_count=len(goals),
            has_mentor=bool(self.draft.other_name.strip()),
            agreement_confirmed_by_both=self.agreement_page.confirmed_by_both(),
            meetings_with_intent=0,
            held_meetings_with_agenda=0,
            acknowledgements=0,
            checkins=0,
        )
        upcoming = (
            self.shared.meetings.list_for_relationship(rel_id, starts_from=datetime.now(UTC))
            if rel_id is not None
            else []
        )
        return next_step(facts, sum(1 for m in upcoming if m.status is MeetingStatus.PLANNED))

    # -- navigation --------------------------------------------------------------------------
    def _on_custom_button(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value:
            return
        page = self.currentPage()
        if isinstance(page, GuidePage):
            page.load(self.draft)  # forget what was typed on this page
        self.skipping = True  # the page's store() keeps nothing of its own
        try:
            self.next()
        finally:
            self.skipping = False

    def _on_page_changed(self, page_id: int) -> None:
        page = self.pages.get(page_id)
        last = page_id == PAGE_READY
        # The one thing the vault cannot do without is the other person's name.
        self.skip_button.setVisible(
            not last and not (page_id == PAGE_WHO and self.draft.id is None)
        )
        if page is not None:
            field = page.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.TabFocusReason)

    def show_help(self) -> None:
        GuideDialog.open_for(self)

    def done(self, result: int) -> None:
        # A guide left open over the wizard goes with it.
        for child in self.findChildren(GuideDialog):
            child.close()
        super().done(result)
