import pytest
from katex_renderer import KatexError, KatexRenderer, load_macros
from math_html import MathError, replace_math, source_line
from render_math import KATEX_DIST, MACROS


@pytest.fixture(scope="module")
def katex():
    renderer = KatexRenderer(KATEX_DIST / "katex.min.js", load_macros(MACROS))
    yield renderer
    renderer.close()


def test_renders_inline_and_display(katex):
    inline = katex.render("x^2", display=False)
    assert inline.startswith('<span class="katex">') and "katex-display" not in inline
    assert 'class="katex-display"' in katex.render("x^2", display=True)


def test_site_macros_are_available(katex):
    assert "mathbb" in katex.render(r"\R", display=False) or "double-struck" in katex.render(r"\R", display=False)
    assert katex.render(r"\vv{x}\T", display=False).count("⊤") >= 1


def test_each_formula_rendered_once(katex):
    before = katex.calls
    for _ in range(3):
        katex.render(r"\alpha_{once}", display=False)
    assert katex.calls == before + 1


def test_bad_formula_gives_katex_message(katex):
    with pytest.raises(KatexError, match="KaTeX parse error"):
        katex.render(r"\frac{1}{", display=True)
    with pytest.raises(KatexError, match="Undefined control sequence"):
        katex.render(r"\notamacro", display=False)


def test_gdef_does_not_leak_between_formulas(katex):
    katex.render(r"\gdef\leaky{1}\leaky", display=False)
    with pytest.raises(KatexError):
        katex.render(r"\leaky", display=False)


def test_replace_math_in_page_html():
    page = '<p>a <span class="arithmatex">\\(x &lt; y\\)</span> b</p><div class="arithmatex">\\[z\\]</div><code>$q$</code>'
    seen = []
    out = replace_math(page, lambda tex, display: seen.append((tex, display)) or f"[{tex}]")
    assert seen == [("x < y", False), ("z", True)]
    assert out == '<p>a [x < y] b</p><div class="math-display">[z]</div><code>$q$</code>'


def test_replace_math_reports_the_formula():
    def fail(tex, display):
        raise KatexError("KaTeX parse error: bad")

    with pytest.raises(MathError) as info:
        replace_math('<span class="arithmatex">\\(\\bad\\)</span>', fail)
    assert info.value.tex == "\\bad" and "bad" in info.value.message


def test_source_line_finds_the_formula():
    source = "# T\n\ntext $a+b$\n\n$$\n\\frac{1}{\n$$\n"
    assert source_line("a+b", source) == 3
    assert source_line("\n\\frac{1}{\n", source) == 6
    assert source_line("missing", source) == 1
