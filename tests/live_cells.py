"""Helpers to drive live cells in a Playwright page through their stable data attributes."""

FINAL_STATES = ("done", "error", "stopped")


def cell(page, snippet: str):
    return page.locator(f'[data-cell="{snippet}"]')


def status(cell_locator) -> str:
    return cell_locator.locator("[data-status]").get_attribute("data-status")


def wait_status(page, cell_locator, states=FINAL_STATES, timeout=90_000) -> str:
    handle = cell_locator.locator("[data-status]").element_handle()
    page.wait_for_function("([el, states]) => states.includes(el.dataset.status)", arg=[handle, list(states)], timeout=timeout)
    return status(cell_locator)


def output_text(cell_locator) -> str:
    """What the run printed, exactly as text (textContent: no CSS, no HTML)."""
    return cell_locator.locator("[data-output] pre").evaluate("el => el.textContent")


def run(page, cell_locator, timeout=90_000) -> str:
    cell_locator.locator('[data-action="run"]').click()
    return wait_status(page, cell_locator, timeout=timeout)


def set_code(page, cell_locator, code: str) -> None:
    """Replace the editor's text the way a reader would: select all, then type."""
    editor = cell_locator.locator(".cm-content")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.insert_text(code)


def editor_text(cell_locator) -> str:
    return cell_locator.locator(".cm-content").evaluate(
        "el => Array.from(el.querySelectorAll('.cm-line'), l => l.textContent).join('\\n')"
    )
