"""Chat adapters: thin translators between a platform's events and the core's commands."""
