"""Vendored tools."""
