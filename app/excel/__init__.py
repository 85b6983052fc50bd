"""Excel and CSV: an adapter package (STYLE.md). `sheets` holds the sheet and column
specifications export and import share, `cells` the pure cell-safety rules, `writer`
the streaming .xlsx writer, `csv_writer` the CSV one."""
