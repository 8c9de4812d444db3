"""Arabic: day, month name, year; 24-hour clock (Django's date-time puts the month first);
numbers grouped in thousands."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y، H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1
# Arabic with Western digits, as CLDR writes it ("13,960,000", "12.5"); Django's module
# groups nothing, so large figures read as one long run of digits.
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
