"""The user guide, in the program: ``docs/user-guide.md`` rendered by Qt.

``QTextBrowser`` reads Markdown (``QTextDocument.MarkdownResource``) and
resolves the guide's images relative to the file, so the same
``docs/user-guide.md`` reads the same on GitHub, in the repository and in the
installed program (the bundle carries ``docs/``). The Chinese guide is shown
when the interface is Chinese, the English one otherwise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ... import paths
from .. import screen_fit, window_state


def guide_path(chinese: bool | None = None) -> Path:
    """The guide in the interface's language (Chinese when the locale is Chinese)."""
    if chinese is None:
        chinese = QLocale().language() == QLocale.Language.Chinese
    folder = paths.docs_dir()
    return folder / ("user-guide.md" if chinese else "user-guide.en.md")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, guide: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenLinks(False)  # links are routed by _link
        self.browser.anchorClicked.connect(self._link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.guide = guide or guide_path()
        self.show_guide(self.guide)
        screen_fit.fit_window(self, (900, 720), window_state.geometry(window_state.HELP_GEOMETRY))

    def show_guide(self, path: Path) -> None:
        if not path.exists():
            self.browser.setPlainText(
                self.tr("The user guide is missing: {path}").format(path=path)
            )
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )

    @Slot(QUrl)
    def _link(self, url: QUrl) -> None:
        """Web links open in the browser; the guide's own files and anchors stay here."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        target = self.browser.source().resolved(url)
        if target.isLocalFile() and target.toLocalFile().endswith(".md"):
            if target.adjusted(QUrl.UrlFormattingOption.RemoveFragment) != self.browser.source():
                self.show_guide(Path(target.toLocalFile()))
            if url.fragment():
                self.browser.scrollToAnchor(url.fragment())
        elif target.isLocalFile():
            QDesktopServices.openUrl(target)

    def done(self, result: int) -> None:
        window_state.set_value(window_state.HELP_GEOMETRY, self.saveGeometry())
        super().done(result)
