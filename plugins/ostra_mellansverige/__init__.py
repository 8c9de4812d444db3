"""Östra Mellansverige: five regions building regional structures for validation (seed 003)."""
