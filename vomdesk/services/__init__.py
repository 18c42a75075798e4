"""Use cases the GUI and the CLI both call; one unit of work per use case (no Qt)."""
