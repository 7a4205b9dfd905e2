"""The printed plan of each sample journey fits on at most 3 pages (issue 14).

Each sample's HTML export is printed to PDF by headless Chromium, as a person would print it
from a browser (default margins, headers and footers), and the pages are counted from the PDF
itself. Chromium must be installed (.ci/run installs it); without it this test fails, saying so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant.transcripts.export import export
from assistant.transcripts.reader import read_file

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "dialogues" / "transcripts").glob("*.jsonl"))
MAX_PAGES = 3
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
        if found:
            return found
    pytest.fail("headless Chromium is needed to print the plan: install it (Debian/Ubuntu: apt-get install chromium); .ci/run does this")


def page_count(pdf: bytes) -> int:
    """Pages in a PDF: the page tree's /Count, else the /Type /Page objects."""
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", pdf)] + [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", pdf)]
    return max(counts) if counts else len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def page_texts(pdf: Path) -> list[list[str]]:
    """Each printed page's lines of text (the browser's footer left out), read back by pdftotext."""
    tool = shutil.which("pdftotext") or pytest.fail("pdftotext is needed to read the printed pages back (Debian/Ubuntu: apt-get install poppler-utils); .ci/run does this")
    text = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [[line.strip() for line in page.splitlines() if line.strip() and "file://" not in line] for page in text.split("\f")]
    return [page for page in pages if page]


def print_to_pdf(html: Path, pdf: Path, profile: Path) -> bytes:
    command = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
               "--disable-extensions", f"--user-data-dir={profile}", f"--print-to-pdf={pdf}", html.as_uri()]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert pdf.is_file() and pdf.stat().st_size > 0, f"Chromium printed nothing (exit {done.returncode}): {done.stderr[-500:]}"
    return pdf.read_bytes()


def test_the_page_counter_counts_pages():
    one = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >> << /Type /Page /Parent 2 0 R >>"
    assert page_count(one) == 1
    assert page_count(b"<< /Type /Page >> << /Type /Page >> << /Type /Page >> << /Type /Page >>") == 4


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_the_printed_plan_of_each_sample_is_at_most_3_pages(sample, tmp_path):
    html = tmp_path / f"{sample.stem}.html"
    html.write_text(export(read_file(sample), "html"), encoding="utf-8")
    pdf = tmp_path / f"{sample.stem}.pdf"
    pages = page_count(print_to_pdf(html, pdf, tmp_path / "profile"))
    assert 1 <= pages <= MAX_PAGES, f"{sample.stem}: the printed plan has {pages} pages"
    headings = {h.strip() for h in re.findall(r"<h2>(.*?)</h2>", html.read_text())}
    for number, lines in enumerate(page_texts(pdf)[:-1], 1):
        assert not headings & set(lines[-2:]), f"{sample.stem}: page {number} ends with a heading and its first line: {lines[-2:]}"


def test_the_conversation_only_comes_on_request_after_a_page_break(tmp_path):
    sample = next(s for s in SAMPLES if s.stem == "elective_surgery")
    html = tmp_path / "with.html"
    html.write_text(export(read_file(sample), "html", with_conversation=True), encoding="utf-8")
    with_pages = page_count(print_to_pdf(html, tmp_path / "with.pdf", tmp_path / "profile"))
    plain = tmp_path / "plan.html"
    plain.write_text(export(read_file(sample), "html"), encoding="utf-8")
    assert with_pages > page_count(print_to_pdf(plain, tmp_path / "plan.pdf", tmp_path / "profile"))
    assert '<div class="page">\n<h2>The conversation</h2>' in html.read_text()


def test_print_styles_have_page_breaks_and_no_dark_backgrounds():
    doc = export(read_file(SAMPLES[0]), "html", with_conversation=True)
    style = doc.split("<style>", 1)[1].split("</style>", 1)[0]
    assert "@media print" in style and "break-before: page" in style and "break-inside: avoid" in style
    backgrounds = re.findall(r"background:\s*([^;}]+)", style)
    assert backgrounds and all(b.strip().startswith("#fff") for b in backgrounds), backgrounds


def test_a_full_journey_with_a_long_timeline_typed_in_the_chat_still_prints_on_3_pages(record, tmp_path):
    from support import path_to_summary

    from assistant.kit.timeline import MAX_ENTRIES

    months = ["Jan", "Feb", "March", "April", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec", "Jan"]
    timeline = "; ".join(f"{m}: event {i} short" for i, m in enumerate(months))
    path = record(path_to_summary(situation="1", role=["2", "my mother Rosa"], timeline=timeline,
                                  own_question="Will she be able to garden again after the operation?") + ["ok"])
    transcript = read_file(path)
    assert len(transcript.plan()["timeline"]) == MAX_ENTRIES  # every event the chat keeps is on the form
    html = tmp_path / "long_timeline.html"
    html.write_text(export(transcript, "html"), encoding="utf-8")
    pages = page_count(print_to_pdf(html, tmp_path / "long_timeline.pdf", tmp_path / "profile"))
    assert 1 <= pages <= MAX_PAGES, f"a 12-event timeline makes {pages} pages"
