"""Reports: figures computed once from the database, laid out as official PDF, Word, XLSX, CSV.

Qt-free. `figures` turns SQL (in the `store.report_*` modules) into plain
frozen dataclasses; the `*_layout` modules and `assessment` turn figures into a `Document`
(sections, tables, charts) in Vietnamese or English; `pdf`, `docx_out`, `xlsx` and `csv_out`
render the same Document, so the four formats always show the same numbers.
"""

KINDS = ("class", "school", "department")
FORMATS = ("pdf", "docx", "xlsx", "csv")
LANGS = ("vi", "en")
