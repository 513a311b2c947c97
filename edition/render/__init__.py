# SPDX-License-Identifier: MIT
"""Output stages: run XSLT (Saxon) and Typst over the canonical TEI."""
