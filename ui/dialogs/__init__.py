"""The dialogs of Account Desk: each one a `DeskDialog` (see `ui.dialogs.base`)."""
