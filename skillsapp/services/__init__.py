"""Use cases the UI and the CLI call. Each returns plain records (skillsapp.domain.records)."""
