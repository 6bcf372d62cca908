"""The simulated phones' window, its dialogs and its table model."""
