"""Köping, Arboga and Kungsör (KAK): checklists at placements, language validation (seed 001)."""
