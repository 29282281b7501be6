"""Modal dialogs of the studio."""
