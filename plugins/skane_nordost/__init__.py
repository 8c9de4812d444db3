"""Skåne Nordost: OCN validation, the foundation course and half-year cycles (seed 000)."""
