"""One parser per value type: a file's yes/no and date cells read alike in the admin's import,
the registry's forms and the plugins' mappings, with the same message for a wrong value."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from branch_models.forms import parse_start_date
from branch_models.resources import BooleanWidget, DateWidget
from hub.plugins import MappingError, iso_dates, yes_no


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("Ja", True), ("J", True), ("X", True), ("1", True), ("Nej", False), ("N", False)],
)
def test_yes_no_reads_the_same_in_the_admin_import_and_a_plugin_mapping(cell, expected):
    assert BooleanWidget().clean(cell) is expected
    assert yes_no(cell) is expected


def test_a_wrong_yes_no_gets_one_message_everywhere():
    with translation.override("sv"):
        with pytest.raises(ValueError) as admin:
            BooleanWidget().clean("kanske")
        with pytest.raises(MappingError) as plugin:
            yes_no("kanske")
    assert str(admin.value) == str(plugin.value)
    assert "kanske" in str(admin.value) and "ja" in str(admin.value)


def test_dates_read_the_same_in_the_admin_import_forms_and_a_plugin_mapping():
    assert DateWidget().clean("2027-01-11").isoformat() == "2027-01-11"
    assert DateWidget().clean("2027-01-11 00:00:00").isoformat() == "2027-01-11"
    assert parse_start_date("2027-01-11") == "2027-01-11"
    assert iso_dates(["2027-01-11", "2027-03-08"]) == ["2027-01-11", "2027-03-08"]


def test_a_wrong_date_gets_one_message_everywhere():
    with translation.override("sv"):
        with pytest.raises(ValueError) as admin:
            DateWidget().clean("11/1 2027")
        with pytest.raises(ValidationError) as form:
            parse_start_date("11/1 2027")
        with pytest.raises(MappingError) as plugin:
            iso_dates("11/1 2027")
    messages = {str(admin.value), form.value.messages[0], str(plugin.value)}
    assert len(messages) == 1
    assert "11/1 2027" in messages.pop()
