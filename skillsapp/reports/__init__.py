"""Reports: figures computed once from the database, laid out as official PDF, XLSX and CSV.

Qt-free. `figures` turns SQL into plain frozen dataclasses; `layouts` turns figures into a
`Document` (sections, tables, charts) in Vietnamese or English; `pdf`, `xlsx` and `csv_out` render
the same Document, so the three formats always show the same numbers.
"""

KINDS = ("class", "school", "department")
FORMATS = ("pdf", "docx", "xlsx", "csv")
LANGS = ("vi", "en")
