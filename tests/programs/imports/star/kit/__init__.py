__all__ = ["tool", "kit_value"]
kit_value = 1
