"""The preparation pages of a case: screening, consent, meetings, choices, safety, schedule."""
