"""The case's Monitoring tab: payments, hours, terms done, missed terms, follow-ups, closing."""
