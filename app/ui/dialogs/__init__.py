"""The console's dialogs, a module each."""
