__all__ = ["shown", "_private_but_listed"]
shown = "shown"
hidden = "hidden"
_private_but_listed = "private"
