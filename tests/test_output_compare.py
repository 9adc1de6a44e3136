from tests.output_compare import output_diff, outputs_match


def test_identical_text_matches():
    assert outputs_match("loss 0.25\nacc 3/4\n", "loss 0.25\nacc 3/4\n")


def test_numbers_within_relative_tolerance_match():
    assert outputs_match("sum 0.9999999999999999", "sum 1.0")
    assert outputs_match("x = 1.0000004e-3", "x = 1.0000000e-3")


def test_numbers_beyond_tolerance_differ():
    assert not outputs_match("x = 1.00001", "x = 1.00000")


def test_negative_zero_equals_zero():
    assert outputs_match("grad -0.000", "grad 0.000")


def test_text_must_match_exactly():
    assert not outputs_match("relu 1.0", "gelu 1.0")
    assert not outputs_match("a 1", "a 1\nb 2")


def test_number_count_must_match():
    assert not outputs_match("values 1 2", "values 1 2 3")


def test_nan_and_inf():
    assert outputs_match("nan inf -inf", "nan inf -inf")
    assert not outputs_match("inf", "-inf")


def test_diff_shows_both_sides():
    diff = output_diff("a 1\n", "a 2\n", "x.py")
    assert "-a 1" in diff and "+a 2" in diff and "x.py (recorded)" in diff
