"""The urllib package: genpy has its `parse` module (no network access)."""
