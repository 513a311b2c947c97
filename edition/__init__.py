# SPDX-License-Identifier: MIT
"""TEI digital edition pipeline: plain-text seeds to TEI, HTML, PDF, EPUB and deposit packages."""

__version__ = "0.1.0"
