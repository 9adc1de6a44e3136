"""The one rule for comparing a snippet's output with its recording.

Text must match exactly; numbers match when they agree to a relative 1e-6
(and -0 equals 0). CPython 3.11 and Pyodide's 3.12, with and without BLAS,
differ in the last digits of floating-point results, so exact text
comparison of numbers would fail for no real reason.
"""

import difflib
import math
import re

REL_TOL = 1e-6

_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:inf|nan)\b")


def _split(text: str) -> tuple[list[str], list[str]]:
    """Split text into its non-number pieces and its numbers."""
    return _NUMBER.split(text), _NUMBER.findall(text)


def _numbers_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    x, y = float(a), float(b)
    if math.isnan(x) and math.isnan(y):
        return True
    return math.isclose(x, y, rel_tol=REL_TOL, abs_tol=0.0)


def _lines_equal(expected: str, actual: str) -> bool:
    text_e, nums_e = _split(expected)
    text_a, nums_a = _split(actual)
    if text_e != text_a or len(nums_e) != len(nums_a):
        return False
    return all(_numbers_equal(e, a) for e, a in zip(nums_e, nums_a))


def outputs_match(expected: str, actual: str) -> bool:
    """True when actual equals expected under the comparison rule."""
    e_lines, a_lines = expected.splitlines(), actual.splitlines()
    return len(e_lines) == len(a_lines) and all(map(_lines_equal, e_lines, a_lines))


def output_diff(expected: str, actual: str, name: str) -> str:
    """A unified diff of the recording and the new output, for failure messages."""
    return "".join(
        difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"{name} (recorded)",
            tofile=f"{name} (this run)",
        )
    )
