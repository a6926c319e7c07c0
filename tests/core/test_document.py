"""The editor's routine document: real files in a temporary user folder, the real shipped
routines, never a write into the shipped folder."""

from __future__ import annotations

from pathlib import Path

from barretimer import paths
from barretimer.core.document import RoutineDocument
from barretimer.core.library import load_catalog
from tests.conftest import ROUTINES

CATALOG = load_catalog(paths.catalog_path())[0]
GOOD = """\
name: Mine
steps:
  - {exercise: Bridge, kind: hold, duration: 30}
"""


def document(tmp_path: Path) -> RoutineDocument:
    return RoutineDocument(CATALOG, tmp_path / "mine", ROUTINES, paths.ensure_private_dir)


def test_a_shipped_routine_is_duplicated_into_the_user_folder_on_its_first_save(
    tmp_path: Path,
) -> None:
    doc = document(tmp_path)
    shipped = ROUTINES / "even-thighs.yaml"
    before = shipped.read_bytes()
    assert doc.is_shipped(shipped) and not doc.is_shipped(tmp_path / "x.yaml")
    result = doc.duplicate(shipped, lambda name: f"{name} (copy)")
    assert result.ok and result.routine is not None
    assert result.routine.name == "Even Thighs (copy)"
    assert result.path is None and doc.path is None
    assert not (tmp_path / "mine").exists()  # nothing written yet
    target = doc.first_save_path(result.routine)
    assert target == tmp_path / "mine" / "even-thighs-copy.yaml"
    text, _problems = doc.checked_text(result.routine, "copy")
    assert text is not None and doc.save(text, target).path == target
    assert doc.path == target and doc.has_own_file and doc.first_save_path(result.routine) is None
    assert shipped.read_bytes() == before


def test_saving_into_the_shipped_folder_is_refused(tmp_path: Path) -> None:
    doc = document(tmp_path)
    result = doc.save(GOOD, ROUTINES / "new-one.yaml")
    assert "ships with barretimer" in result.error
    assert not (ROUTINES / "new-one.yaml").exists()
    assert doc.path is None


def test_an_import_is_checked_before_anything_is_written(tmp_path: Path) -> None:
    doc = document(tmp_path)
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: Bad\nsteps:\n  - {exercise: X, kind: hold, duration: 30, colour: red}\n")
    _text, checked = doc.check_import(bad)
    assert checked.routine is None and checked.problems
    assert checked.problems[0].line == 3
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    text, checked = doc.check_import(good)
    assert checked.routine is not None and not (tmp_path / "mine").exists()
    result = doc.import_text(good, text, checked.routine)
    assert result.path == tmp_path / "mine" / "good.yaml"
    assert result.path.read_text() == GOOD  # the file as it was, comments and all


def test_opening_tells_what_saving_would_leave_out(tmp_path: Path) -> None:
    doc = document(tmp_path)
    odd = tmp_path / "odd.yaml"
    odd.write_text("name: Odd\ncolour: red\nsteps:\n  - {exercise: X, kind: hold, duration: 30}\n")
    result = doc.open(odd)
    assert result.routine is not None and doc.path == odd
    assert [p.line for p in result.lost] == [2]


def test_the_saved_text_must_read_back_as_the_same_routine(tmp_path: Path) -> None:
    doc = document(tmp_path)
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    routine = doc.open(good).routine
    assert routine is not None
    text, problems = doc.checked_text(routine, "good.yaml")
    assert text is not None and not problems
    result = doc.export(text, tmp_path / "out.yaml")
    assert result.path == tmp_path / "out.yaml" and doc.path == good
