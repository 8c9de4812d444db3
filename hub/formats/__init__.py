"""Date, time and number formats where Django's own do not suit the site (FORMAT_MODULE_PATH).

Django's English dates are American ("Feb. 3, 2026", "9 a.m."), its Arabic date-time mixes
orders, and it has no formats for Somali and Tigrinya at all, so they got the American ones.
Here every language writes day, month name, year and a 24-hour clock, as Swedish does
("3 februari 2026 09:00"). Swedish itself keeps Django's formats. Anything not set in a module
here falls back to Django's module for that language.
"""
