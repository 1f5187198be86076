"""CLI commands: serve (placeholder until its issue lands)."""
from kg.cli.app import app  # noqa: F401
