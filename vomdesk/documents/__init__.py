"""PDF documents built with reportlab: data in, PDF bytes out (no Qt, no SQL)."""
