"""The retention registry refuses two different rules under one name (one would be lost)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from hub.retention import RetentionRule, get_rules, register


def test_a_second_rule_with_a_taken_name_is_refused():
    taken = get_rules()[0]
    register(taken)  # the same rule again (a second ready()) is fine
    other = RetentionRule(taken.name, "other data", "forever", taken.expired)
    with pytest.raises(ImproperlyConfigured, match=taken.name):
        register(other)
    assert taken in get_rules()
