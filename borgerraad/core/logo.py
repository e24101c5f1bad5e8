"""The letterhead logo: what the admin accepts, decided by the file's content, and how letters embed it.

- PNG and JPEG must open and verify with Pillow; SVG must parse as XML (no entities, no network)
  with an ``<svg>`` root. At most ``LOGO_MAX_BYTES`` and ``LOGO_MAX_PIXELS`` (width × height).
- Letters embed the logo as a ``data:`` URI and WeasyPrint fetches nothing else (``letters.pdf``),
  so an SVG cannot make the PDF renderer read files or call addresses it refers to.
"""

from __future__ import annotations

import base64
import io
import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from lxml import etree

logger = logging.getLogger(__name__)

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000
_RASTER = {"PNG": "image/png", "JPEG": "image/jpeg"}


def logo_content_type(data: bytes) -> str:
    """``image/png``, ``image/jpeg`` or ``image/svg+xml``; raises ValidationError for anything else."""
    refused = ValidationError(
        _("Logoet skal være en PNG-, JPEG- eller SVG-fil på højst %(mb)d MB.") % {"mb": LOGO_MAX_BYTES // 2**20},
        code="logo",
    )
    if not data or len(data) > LOGO_MAX_BYTES:
        raise refused
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, size = image.format, image.size
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        kind, size = None, (0, 0)
    if kind in _RASTER:
        if size[0] * size[1] > LOGO_MAX_PIXELS:
            raise refused
        return _RASTER[kind]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise refused from None
    if not isinstance(root.tag, str) or etree.QName(root).localname != "svg":
        raise refused
    return "image/svg+xml"


def logo_data_uri(office) -> str:
    """The office's logo as a ``data:`` URI for the letter, or "" (no logo, file gone, not an image)."""
    if not office.pk or not office.letterhead_logo:
        return ""
    try:
        with office.letterhead_logo.open("rb") as handle:
            data = handle.read(LOGO_MAX_BYTES + 1)
        content_type = logo_content_type(data)
    except (OSError, ValidationError):
        logger.warning("The letterhead logo cannot be used; letters are made without it.")
        return ""
    return f"data:{content_type};base64,{base64.b64encode(data).decode('ascii')}"
