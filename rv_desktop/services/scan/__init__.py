"""Reading scanned registration forms (issue 19): pages in, tick boxes out.

``sources`` turns PDF, TIFF, PNG and JPEG files into page images one at a
time (bounded: file size, pixels); ``align`` finds a page's QR code and its
four registration marks and fits the affine that lays the form's map on
the scan; ``ticks`` measures the ink in each tick box and decides each field
with a doubt band; ``reader`` reads one page; ``forms`` merges a form's
pages and stores what it read as a draft visit record. No Qt here.
"""
