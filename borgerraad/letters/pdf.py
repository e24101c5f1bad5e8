"""The letter as a PDF: WeasyPrint, the office's letterhead, page numbers, tagged PDF/UA-1.

The PDF is tagged (``pdf_variant="pdf/ua-1"``) with the letter's language on ``<html lang>``, and
WeasyPrint embeds the fonts (DejaVu Sans, which has æ, ø and å). ``for_print`` places the
recipient's address in the window of a C5/C65 envelope (left 20 mm, top 45 mm) for the print run,
below the letterhead (its first page starts 10 mm from the top, the letterhead is at most 27 mm).
A draft (``LetterContent.draft``) is marked UDKAST across every page and above the subject.

The renderer fetches nothing but ``data:`` URIs (``_render``), for a single letter and for the
print run alike. The print run (``print_run_pdf``) is each letter laid out on its own and the pages
put together in order, so every letter keeps its own page numbers ("Side 1 af 2").
"""

from __future__ import annotations

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import translation

from borgerraad.core.logo import logo_data_uri
from borgerraad.letters.rendering import body_html

# The footer's "Side 1 af 2" in CSS (the @page box cannot hold a translated template string safely).
_PAGE_WORDS = {"da": ("Side", "af"), "en": ("Page", "of")}
# A draft's marking, in the letter's language: across every page, and a line above the subject.
_DRAFT_WORDS = {
    "da": ("UDKAST", "UDKAST – ikke sendt. Brevet er ikke gjort endeligt og må ikke sendes i denne form."),
    "en": ("DRAFT", "DRAFT – not sent. The letter is not final and must not be sent in this form."),
}


@dataclass(frozen=True)
class LetterContent:
    language: str
    subject: str
    body: str
    recipient_name: str
    recipient_address: str
    date_text: str
    reference: str
    draft: bool = False  # marked UDKAST on every page


def letter_html(*, content: LetterContent, office, for_print: bool = False, logo_url: str | None = None) -> str:
    """The letter's HTML; ``logo_url`` is the office's logo as a data: URI (read from the file if None)."""
    with translation.override(content.language):
        return render_to_string("letters/pdf.html", {
            "content": content, "office": office,
            "page_words": _PAGE_WORDS.get(content.language, _PAGE_WORDS["da"]),
            "draft_words": _DRAFT_WORDS.get(content.language, _DRAFT_WORDS["da"]),
            "body": body_html(content.body), "for_print": for_print,
            "logo_url": logo_data_uri(office) if logo_url is None else logo_url,
            "address_lines": [line.strip() for line in content.recipient_address.replace(",", "\n").split("\n")
                              if line.strip()],
        })


def _render(html: str):
    """The laid-out WeasyPrint document for ``html``, tagged PDF/UA-1."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    # Everything the letter shows is in the HTML (the logo as a data: URI): fetch nothing else,
    # so neither staff-edited text nor an uploaded SVG can make the renderer read files or call out.
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, base_url=None, url_fetcher=fetcher).render(pdf_variant="pdf/ua-1")


def letter_pdf(*, content: LetterContent, office, for_print: bool = False) -> bytes:
    html = letter_html(content=content, office=office, for_print=for_print)
    return _render(html).write_pdf(pdf_variant="pdf/ua-1")


def document_pdf(html: str) -> bytes:
    """Another of the office's documents (the annual beretning, ``insights.beretning``) as tagged PDF/UA-1.

    The same renderer as the letters: the document's language on ``<html lang>``, embedded fonts,
    and nothing fetched but ``data:`` URIs (the logo, any image must be inside ``html``).
    """
    return _render(html).write_pdf(pdf_variant="pdf/ua-1")


def print_run_pdf(*, contents: list[LetterContent], office, title: str) -> bytes:
    """One PDF of the print-ready letters in order; each letter starts on a new page.

    ``title`` replaces the first letter's subject as the document title (it is no one's letter).
    """
    if not contents:
        raise ValueError("A print run needs at least one letter.")
    logo_url = logo_data_uri(office)  # read and checked once for the whole run
    documents = [_render(letter_html(content=content, office=office, for_print=True, logo_url=logo_url))
                 for content in contents]
    combined = documents[0].copy([page for document in documents for page in document.pages])
    combined.metadata.title = title
    return combined.write_pdf(pdf_variant="pdf/ua-1")


def html_pdf(html: str) -> bytes:
    """Any document of ours as tagged PDF/UA-1 through the same renderer (fetching only ``data:``)."""
    return _render(html).write_pdf(pdf_variant="pdf/ua-1")
