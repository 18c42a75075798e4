"""vomdesk: offline case management for victim offender mediation programs."""

__version__ = "0.1.0"
