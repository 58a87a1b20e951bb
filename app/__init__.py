"""AI Opt-Out Assistant: helps people stop LinkedIn from using the data and content they provided to train its
content-creating AI."""

__version__ = "0.1.0"
