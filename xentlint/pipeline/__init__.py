"""The pipeline of the design, one stage a module: discover (files, .gitignore, excludes) →
source (Python text, notebook cells) → prefilter (is the file worth parsing) → parse (XL001) →
analyze (the interpreter and the frameworks' extractors, then the checks) → suppress (inline
directives) → run (the per-file flow that ties them, and never lets one file stop the run)."""
