"""Simulated phones for demos, training and end-to-end tests (no Qt here)."""
