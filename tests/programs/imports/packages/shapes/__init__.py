"""Shapes."""
print("shapes/__init__ runs")
VERSION = "1.0"
