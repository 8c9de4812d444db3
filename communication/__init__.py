"""Wagtail pages written for each target group: guidance, explainers, courses, glossary, events."""
