from browser_support import runs_in_browser, top_level_imports


def test_imports_are_found_everywhere():
    src = "import numpy as np, os.path\nfrom scipy.special import erf\nfrom . import local\ndef f():\n    import json\n"
    assert top_level_imports(src) == {"numpy", "os", "scipy", "json"}


def test_shipped_packages_and_stdlib_run_in_browser():
    assert runs_in_browser("import numpy\nimport matplotlib.pyplot as plt\nfrom sklearn import datasets\nimport math")


def test_torch_and_unknown_packages_do_not():
    assert not runs_in_browser("import numpy\nimport torch")
    assert not runs_in_browser("import requests")


def test_stdlib_that_needs_processes_or_threads_does_not():
    assert not runs_in_browser("import subprocess")
    assert not runs_in_browser("from concurrent.futures import ThreadPoolExecutor")


def test_the_shipped_list_decides(tmp_path):
    from browser_support import shipped_imports

    shipped = tmp_path / "shipped.json"
    shipped.write_text('{"imports": ["numpy", "sklearn"]}')
    assert shipped_imports(shipped) == {"numpy", "sklearn"}
    assert "matplotlib" in shipped_imports()  # the real runtime ships it
