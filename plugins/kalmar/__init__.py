"""Kalmar län: *Samverkan leder till arbete*: workshops, OCN, resource requests (seed 004)."""
