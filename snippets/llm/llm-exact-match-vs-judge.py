import re
import string


def final_answer(text):
    """Keep what follows 'answer is' or '####' (GSM8K style), if the output has it."""
    found = re.search(r"(?:answer is|####)\s*(.+)", text, flags=re.IGNORECASE)
    return found.group(1) if found else text


def as_number(text):
    try:
        return float(text.strip().rstrip(".").replace(",", "").lstrip("$"))
    except ValueError:
        return None


def normalize(text):
    """SQuAD-style: lowercase, drop punctuation and articles, collapse whitespace."""
    text = "".join(ch for ch in text.lower() if ch not in string.punctuation)
    return " ".join(re.sub(r"\b(a|an|the)\b", " ", text).split())


def normalized_match(prediction, reference):
    answer = final_answer(prediction)
    x, y = as_number(answer), as_number(reference)
    if x is not None and y is not None:  # compare numbers as numbers
        return abs(x - y) <= 1e-9 * max(1.0, abs(y))
    return normalize(answer) == normalize(reference)


pairs = [("The answer is 42.", "42"), ("Paris", "paris"), ("the Eiffel Tower", "Eiffel Tower"),
         ("1,000", "1000"), ("42.0", "42"), ("#### $17", "17"), ("forty-two", "42"),
         ("Obama", "Barack Obama"), ("It is 41 or 42.", "42")]
print(f"{'prediction':<20}{'reference':<15}{'strict':>7}{'normalized':>11}{'contains':>9}")
totals = [0, 0, 0]
for prediction, reference in pairs:
    scores = [prediction == reference, normalized_match(prediction, reference),
              reference.lower() in prediction.lower()]
    totals = [t + s for t, s in zip(totals, scores)]
    print(f"{prediction!r:<20}{reference!r:<15}" + "".join(f"{int(s):>{w}}" for s, w in zip(scores, (7, 11, 9))))
print(f"{'accuracy':<35}" + "".join(f"{t / len(pairs):>{w}.3f}" for t, w in zip(totals, (7, 11, 9))))
