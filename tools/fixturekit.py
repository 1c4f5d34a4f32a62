"""Small helpers every fixture and sample generator under tools/ needs: A1 cell references, ages
in whole years, values written as DATA-MODEL.md writes them. Imported by tools/samples/, tools/fixtures/habits/ and tools/bench/reader/ (each puts
this folder on sys.path), so there is one implementation of each."""
import datetime as dt


def column_letters(number):
    """1-based column number -> its letters, as spreadsheets name columns (1 -> A, 27 -> AA)."""
    letters = ""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def a1(row, col):
    """1-based row and column -> an A1 reference."""
    return f"{column_letters(col)}{row}"


def whole_years(birth, on):
    """Age on a date, in completed years."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years


def model_text(value, orientation_order):
    """A value as DATA-MODEL.md writes it in a CSV: empty when unknown, `true`/`false`, ISO dates,
    a list of codes in the model's order (`orientation_order`) joined by `;`."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return ";".join(c for c in orientation_order if c in value)
    return str(value)
