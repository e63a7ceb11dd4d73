"""Reading sources like Python does, and notebooks as joined code cells with a cell map."""

from __future__ import annotations

import json

import pytest

from xentlint.findings import Edit, Finding, Fix, Related, Span
from xentlint.pipeline.source import (
    CellMap,
    SourceError,
    decode_python,
    notebook_source,
    remap_to_cells,
)


def test_utf8_by_default() -> None:
    assert decode_python("x = 'é'\n".encode()) == "x = 'é'\n"


def test_bom_is_removed() -> None:
    assert decode_python(b"\xef\xbb\xbfx = 1\n") == "x = 1\n"


def test_coding_line_is_honoured() -> None:
    data = "# -*- coding: latin-1 -*-\nx = 'é'\n".encode("latin-1")
    assert decode_python(data).endswith("x = 'é'\n")


def test_coding_line_on_the_second_line() -> None:
    data = "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\nx = '€'\n".encode("cp1252")
    assert "€" in decode_python(data)


def test_non_utf8_without_coding_line_says_where() -> None:
    with pytest.raises(SourceError) as error:
        decode_python(b"x = 1\ny = 'caf\xe9'\n")
    assert (error.value.row, error.value.column) == (2, 9)
    assert error.value.message == "cannot decode as UTF-8 (no coding line): invalid byte 0xe9"


def test_non_utf8_in_the_first_line() -> None:
    with pytest.raises(SourceError) as error:
        decode_python(b"x = '\xe9'\n")
    assert (error.value.row, error.value.column) == (1, 6)


def test_bytes_invalid_for_the_declared_encoding() -> None:
    with pytest.raises(SourceError, match=r"cannot decode as ascii \(coding line\)"):
        decode_python(b"# coding: ascii\nx = '\xe9'\n")


def test_unknown_encoding() -> None:
    with pytest.raises(SourceError, match="unknown encoding: klingon"):
        decode_python(b"# coding: klingon\nx = 1\n")


def test_bom_contradicting_the_coding_line() -> None:
    with pytest.raises(SourceError, match="UTF-8 BOM"):
        decode_python(b"\xef\xbb\xbf# coding: latin-1\nx = 1\n")


def test_utf16_gets_a_hint() -> None:
    with pytest.raises(SourceError, match="looks like UTF-16"):
        decode_python("x = 1\n".encode("utf-16"))


def notebook(*cells: dict, language: str | None = "python") -> bytes:
    metadata = {"kernelspec": {"name": "k", "language": language}} if language else {}
    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": metadata,
                       "cells": list(cells)}).encode()


def code(source: str | list[str], **metadata: object) -> dict:
    return {"cell_type": "code", "source": source, "metadata": metadata, "outputs": []}


def markdown(text: str) -> dict:
    return {"cell_type": "markdown", "source": text, "metadata": {}}


def test_notebook_code_cells_are_joined_with_a_cell_map() -> None:
    source = notebook_source(notebook(
        markdown("# Title"),
        code(["import keras\n", "x = 1"]),
        markdown("text"),
        code("y = 2\n"),
        code(""),
        code("z = 3\nw = 4\n"),
    ))
    assert source.text == "import keras\nx = 1\ny = 2\nz = 3\nw = 4\n"
    assert source.cells == CellMap(starts=(1, 3, 4), cells=(2, 4, 6))
    assert source.cells.locate(2) == (2, 2)
    assert source.cells.locate(3) == (4, 1)
    assert source.cells.locate(5) == (6, 2)


def test_magics_and_shell_lines_are_masked_in_place() -> None:
    source = notebook_source(notebook(code(
        "%matplotlib inline\n"
        "!pip install keras\n"
        "files = !ls\n"
        "t = %timeit -o f()\n"
        "for i in range(2):\n"
        "    !echo $i\n"
        "model?\n"
        "s = ('%d'\n"
        "     % 3)\n"
        "ok = (1\n"
        "      != 2)\n"
        "%env A=1 \\\n"
        "B=2\n"
    )))
    assert source.text.splitlines() == [
        "pass", "pass", "pass", "pass", "for i in range(2):", "    pass", "pass",
        "s = ('%d'", "     % 3)", "ok = (1", "      != 2)", "pass", "pass",
    ]
    compile(source.text, "nb", "exec")  # still valid Python


def test_cell_magics_skip_the_cell_unless_python() -> None:
    source = notebook_source(notebook(
        code("%%bash\necho hi\n"),
        code("%%writefile x.py\nprint(1)\n"),
        code("%%time\nloss = 1\n"),
        code("\n%%capture out\nmodel.fit()\n"),
    ))
    assert source.text == "pass\nloss = 1\n\npass\nmodel.fit()\n"
    assert source.cells.cells == (3, 4)


def test_cells_marked_as_another_language_are_skipped() -> None:
    source = notebook_source(notebook(code("SELECT 1", vscode={"languageId": "sql"}),
                                      code("x = 1\n")))
    assert source.text == "x = 1\n"
    assert source.cells.cells == (2,)


def test_non_python_notebook_is_skipped() -> None:
    assert notebook_source(notebook(code("x <- 1"), language="R")) is None


def test_language_info_is_used_without_kernelspec() -> None:
    data = json.dumps({"metadata": {"language_info": {"name": "julia"}},
                       "cells": [code("x = 1")]}).encode()
    assert notebook_source(data) is None


def test_nbformat_3_worksheets() -> None:
    data = json.dumps({"nbformat": 3, "worksheets": [{"cells": [
        {"cell_type": "code", "input": ["x = 1\n"], "language": "python"}]}]}).encode()
    assert notebook_source(data).text == "x = 1\n"


@pytest.mark.parametrize(("data", "message", "row"), [
    (b'{"cells": [', "invalid notebook: Expecting value", 1),
    (b'{\n  "cells": 3}', "invalid notebook: 'cells' is not a list", 1),
    (b"[1, 2]", "invalid notebook: the top level is not a JSON object", 1),
    (b"{}", "invalid notebook: no 'cells' list", 1),
    (b'{"cells": []\n,}', "invalid notebook: Expecting property name", 2),
    (b"\xff\xfe{", "invalid notebook: the file is not UTF-8 JSON", 1),
])
def test_invalid_notebooks(data: bytes, message: str, row: int) -> None:
    with pytest.raises(SourceError) as error:
        notebook_source(data)
    assert error.value.message.startswith(message)
    assert error.value.row == row


def test_remap_to_cells_moves_span_related_and_edits() -> None:
    cells = CellMap(starts=(1, 4, 9), cells=(2, 3, 7))
    finding = Finding(
        code="XL101", name="n", severity="error", message="m", filename="nb.ipynb",
        span=Span.of(10, 5, 11, 3),
        related=(Related("nb.ipynb", Span.of(5, 1, 5, 9), "softmax"),
                 Related("other.py", Span.of(5, 1, 5, 9), "elsewhere")),
        fix=Fix("drop it", "safe", (Edit("nb.ipynb", Span.of(2, 1, 2, 4), ""),)),
    )
    moved = remap_to_cells(finding, cells)
    assert (moved.cell, moved.span) == (7, Span.of(2, 5, 3, 3))
    assert (moved.related[0].cell, moved.related[0].span) == (3, Span.of(2, 1, 2, 9))
    assert moved.related[1] == finding.related[1]  # another file: untouched
    assert (moved.fix.edits[0].cell, moved.fix.edits[0].span) == (2, Span.of(2, 1, 2, 4))


def test_remap_to_cells_rewrites_line_references_in_messages() -> None:
    cells = CellMap(starts=(1, 4), cells=(2, 5))
    finding = Finding(code="XL101", name="n", severity="error", filename="nb.ipynb",
                      message="`model` ends in softmax (line 2) but the loss (line 5) ...",
                      span=Span.of(5, 1, 5, 2),
                      related=(Related("nb.ipynb", Span.of(2, 1, 2, 9), "see (line 4)"),),
                      fix=Fix("change line 5 (line 5)"))
    moved = remap_to_cells(finding, cells)
    assert moved.message == ("`model` ends in softmax (cell 2, line 2) but the loss "
                             "(cell 5, line 2) ...")
    assert moved.related[0].message == "see (cell 5, line 1)"
    assert moved.fix.message == "change line 5 (cell 5, line 2)"


def test_remap_to_cells_rewrites_a_line_reference_that_goes_on() -> None:
    """A loss named by what it resolved to: ``objective`` (line 5, `categorical_crossentropy`)."""
    cells = CellMap(starts=(1, 4), cells=(2, 5))
    finding = Finding(code="XL202", name="n", severity="error", filename="nb.ipynb",
                      message="but `objective` (line 5, `categorical_crossentropy`) treats them",
                      span=Span.of(5, 1, 5, 2))
    moved = remap_to_cells(finding, cells)
    assert moved.message == ("but `objective` (cell 5, line 2, `categorical_crossentropy`) "
                             "treats them")
