"""AI Opt-Out Assistant: helps people stop LinkedIn from training AI on their data."""

__version__ = "0.1.0"
