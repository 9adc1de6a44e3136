"""The practice schedule and the import check (pure functions of docs/assets/practice.js, run in Node)."""

import json
import subprocess
from pathlib import Path

PRACTICE = Path(__file__).resolve().parent.parent / "docs" / "assets" / "practice.js"
DAY = 24 * 60 * 60 * 1000

SCRIPT = """
const p = await import(process.argv[1]);
const now = 1_000_000;
const out = {};
let card = null;
out.good = [];
for (let i = 0; i < 4; i++) { card = p.review(card, "good", now); out.good.push(card.interval); }
out.again = p.review(card, "again", now);
out.easyFirst = p.review(null, "easy", now).interval;
out.hardFirst = p.review(null, "hard", now).interval;
const cards = {a: {...p.review(null, "good", now - 2 * 86400000)}, b: {...p.review(null, "good", now)}};
out.next = p.nextCard(cards, ["a", "b", "c"], now);
out.nextNew = p.nextCard({b: cards.b}, ["b", "c"], now);
out.summary = p.summary({...cards, m: {interval: 30, ease: 2.5, reps: 5, lapses: 0, last: 0, due: now + 1}}, ["a", "b", "c", "m"], now);
const rejects = (text) => { try { p.parseExport(text); return null; } catch (e) { return e.message; } };
out.notJson = rejects("{oops");
out.foreign = rejects(JSON.stringify({format: "other", version: 1, cards: {}}));
out.badCard = rejects(JSON.stringify({format: "ml-qa-live-practice", version: 1, cards: {"x-y": {interval: "1"}}}));
out.good_file = Object.keys(p.parseExport(JSON.stringify({format: "ml-qa-live-practice", version: 1, cards}))); 
console.log(JSON.stringify(out));
"""


def run():
    proc = subprocess.run(["node", "--input-type=module", "-e", SCRIPT, str(PRACTICE)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_schedule_grows_intervals_and_again_resets():
    out = run()
    assert out["good"][:2] == [1, 3] and out["good"][2] > 3 and out["good"][3] > out["good"][2]
    assert out["again"]["interval"] == 0 and out["again"]["reps"] == 0 and out["again"]["lapses"] == 1
    assert out["again"]["due"] - out["again"]["last"] == 60 * 1000  # back within the session
    assert out["easyFirst"] > out["good"][0] and out["hardFirst"] == 1


def test_next_card_is_the_most_overdue_then_new():
    out = run()
    assert out["next"] == "a" and out["nextNew"] == "c"
    assert out["summary"] == {"total": 4, "seen": 3, "due": 1, "mastered": 1}


def test_import_rejects_foreign_or_corrupt_files():
    out = run()
    assert "not JSON" in out["notJson"]
    assert "not an ML Q&A Live practice export" in out["foreign"]
    assert "malformed" in out["badCard"]
    assert out["good_file"] == ["a", "b"]
