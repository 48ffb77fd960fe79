"""PDF input: the text layer of each page, through pypdf (imported only when a PDF is read)."""

from __future__ import annotations

import io
import logging

from qpparse.errors import UnreadableInputError

PDF_MAGIC = b"%PDF-"


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` starts like a PDF file (the header may follow a few bytes of junk)."""
    return PDF_MAGIC in data[:1024]


def pdf_pages(data: bytes, where: str) -> list[str]:
    """The text of each page of a PDF, in order.

    Raises :class:`UnreadableInputError` when the PDF is broken, encrypted, or has no text layer
    (a scan, which needs OCR first).
    """
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError:  # pragma: no cover - pypdf is a dependency; kept for stripped installs
        raise UnreadableInputError(f"{where}: reading PDF files needs pypdf installed") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd PDF; we judge
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableInputError(f"{where}: the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadableInputError(f"{where}: not a readable PDF ({error})") from None
    if not any(page.strip() for page in pages):
        raise UnreadableInputError(
            f"{where}: the PDF has no text layer (a scan?): run OCR first, e.g. with ocrmypdf"
        )
    return pages
