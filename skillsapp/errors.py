"""One exception type for every problem a user can fix, so the CLI and the UI report it alike."""

from __future__ import annotations

from skillsapp.messages import tr


class UserError(Exception):
    """A problem with the user's input or files, worded for the user in their language.

    `key` names a message in `skillsapp.messages.MESSAGES`; `params` fill its placeholders. The
    text is rendered late, so the same error can be shown in Vietnamese or English.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")
