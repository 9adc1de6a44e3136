"""Each snippet runs alone in a fresh CPython and prints exactly what its recording says."""

import struct

import pytest

from tests.output_compare import output_diff, outputs_match
from tests.snippet_runner import SNIPPETS, figure_path, recording_path, run_snippet, snippet_paths


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("snippet", snippet_paths(), ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_matches_recording(snippet, tmp_path):
    name = snippet.relative_to(SNIPPETS).as_posix()
    recording = recording_path(snippet)
    assert recording.exists(), f"{name} has no recording: run 'make record ONLY=snippets/{name}'"
    run = run_snippet(snippet, tmp_path)
    assert run.returncode == 0, f"{name} exited with {run.returncode}:\n{run.output}"
    expected = recording.read_text(encoding="utf-8")
    assert outputs_match(expected, run.output), (
        f"{name} printed something else than its recording "
        f"(if intended: make record ONLY=snippets/{name}):\n{output_diff(expected, run.output, name)}"
    )
    recorded_png = figure_path(snippet)
    if recorded_png.exists():
        assert run.figure is not None, f"{name} has a recorded figure but drew none"
        assert png_size(run.figure) == png_size(recorded_png.read_bytes()), f"{name}: figure size changed"
    else:
        assert run.figure is None, f"{name} drew a figure that is not recorded: run make record"
