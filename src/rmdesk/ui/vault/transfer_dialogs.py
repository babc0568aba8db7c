"""Vault ▸ Export… and Import…: plain files out (with the warning) and a JSON export in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QButtonGroup, QFormLayout, QLabel, QRadioButton, QWidget

from rmdesk.services.progress import Progress
from rmdesk.services.transfer import ExportFormat, export_to_file, import_file
from rmdesk.store.vault import Vault
from rmdesk.ui.kit.export_style import user_document_style
from rmdesk.ui.kit.path_field import PathField
from rmdesk.ui.vault.jobs import VaultJobs
from rmdesk.ui.vault.operation_dialog import OperationDialog


class ExportDialog(OperationDialog):
    def __init__(
        self,
        jobs: VaultJobs,
        vault: Vault,
        folder: Path,
        *,
        allow_private: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(jobs, parent)
        self.setObjectName("exportDialog")
        self.set_texts(self.tr("Export the vault"), self.tr("&Export"))
        self.vault = vault
        self.folder = folder
        fields = QFormLayout()
        self.json_button = QRadioButton(self.tr("&JSON (can be imported again)"), self)
        self.markdown_button = QRadioButton(self.tr("&Markdown (to read)"), self)
        self.json_button.setChecked(True)
        self.format_group = QButtonGroup(self)
        for button in (self.json_button, self.markdown_button):
            self.format_group.addButton(button)
        formats = QWidget(self)
        from PySide6.QtWidgets import QVBoxLayout

        column = QVBoxLayout(formats)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.json_button)
        column.addWidget(self.markdown_button)
        fields.addRow(self.tr("Format:"), formats)
        self.shared_button = QRadioButton(self.tr("&Shared parts only"), self)
        self.everything_button = QRadioButton(
            self.tr("Every&thing, including private notes and the journal"), self
        )
        self.shared_button.setChecked(True)
        # In shared-screen mode private content is never loaded, not even into a file.
        self.everything_button.setEnabled(allow_private)
        self.scope_group = QButtonGroup(self)
        scopes = QWidget(self)
        column = QVBoxLayout(scopes)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.shared_button, self.everything_button):
            self.scope_group.addButton(button)
            column.addWidget(button)
        fields.addRow(self.tr("What:"), scopes)
        self.target = PathField(self.tr("Export file"), saving=True)
        label = QLabel(self.tr("Export &file:"), self)
        label.setBuddy(self.target.edit)
        fields.addRow(label, self.target)
        self.form.addLayout(fields)
        self.warning = QLabel(self)
        self.warning.setObjectName("unencryptedWarning")
        self.warning.setWordWrap(True)
        self.form.addWidget(self.warning)
        self.json_button.toggled.connect(self._update)
        self.everything_button.toggled.connect(self._update)
        self.go_button.clicked.connect(self.start)
        self._update()

    def export_format(self) -> ExportFormat:
        return ExportFormat.JSON if self.json_button.isChecked() else ExportFormat.MARKDOWN

    def _update(self) -> None:
        everything = self.everything_button.isChecked()
        suffix = ".json" if self.export_format() is ExportFormat.JSON else ".md"
        name = "rmdesk-export-all" if everything else "rmdesk-export-shared"
        current = self.target.path()
        if current is None or current.stem.startswith("rmdesk-export"):
            self.target.set_path(self.folder / (name + suffix))
        self.warning.setText(
            self.tr(
                "The exported file is NOT encrypted: anyone who can open it can read "
                "everything in it, including your private notes and journal. Keep it "
                "somewhere safe and delete it when you no longer need it."
            )
            if everything
            else self.tr(
                "The exported file is NOT encrypted: anyone who can open it can read it. "
                "Keep it somewhere safe and delete it when you no longer need it."
            )
        )

    def start(self) -> None:
        target = self.target.path()
        if target is None or not target.parent.is_dir():
            self.show_result(self.tr("Choose an existing folder for the export file."))
            return
        if target.exists() and target.resolve() == self.vault.path.resolve():
            self.show_result(self.tr("That is the vault itself; choose another file."))
            return
        vault, fmt = self.vault, self.export_format()
        everything = self.everything_button.isChecked() and self.everything_button.isEnabled()
        style = user_document_style()  # built here: the language as the user sees it now

        def work(progress: Progress) -> tuple[Path, int]:
            rows = export_to_file(
                vault.db, target, fmt, include_private=everything, progress=progress, style=style
            )
            return target, rows

        self.run(work, vault)

    def succeeded(self, result: object) -> str:
        assert isinstance(result, tuple)
        target, rows = result
        return (
            self.tr("Exported {0} rows to {1}.").format(rows, target)
            + "\n"
            + self.tr("Remember: this file is NOT encrypted.")
        )


class ImportDialog(OperationDialog):
    def __init__(
        self, jobs: VaultJobs, vault: Vault, folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(jobs, parent)
        self.setObjectName("importDialog")
        self.set_texts(self.tr("Import a JSON export"), self.tr("&Import"))
        self.vault = vault
        intro = QLabel(
            self.tr(
                "Adds the relationships of an rmdesk JSON export beside what the vault holds. "
                "The whole file is checked first and imported in one step: all or nothing. "
                "rmdesk checks beforehand that this computer has the memory the file needs."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addWidget(intro)
        fields = QFormLayout()
        self.source = PathField(
            self.tr("File to import"), saving=False, name_filter=self.tr("JSON exports (*.json)")
        )
        self.source.edit.setPlaceholderText(str(folder / "rmdesk-export-all.json"))
        label = QLabel(self.tr("&File:"), self)
        label.setBuddy(self.source.edit)
        fields.addRow(label, self.source)
        self.form.addLayout(fields)
        self.progress.setFormat("%p%")
        self.go_button.clicked.connect(self.start)
        self.imported = False

    def start(self) -> None:
        source = self.source.path()
        if source is None:
            self.show_result(self.tr("Choose the file to import."))
            return
        vault = self.vault

        def work(progress: Progress) -> dict[str, int]:
            return import_file(vault.db, source, progress=progress)

        self.run(work, vault)

    def succeeded(self, result: object) -> str:
        assert isinstance(result, dict)
        self.imported = True
        rows = sum(result.values())
        relationships = int(result.get("relationship", 0))
        return self.tr("Imported {0} rows; relationships added: {1}.").format(rows, relationships)
