"""Your own pictures: every bad ``image:`` is a problem with its place; good ones load and save."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from barretimer.core.loader import load_catalog_file, load_routine_file, load_routine_text
from barretimer.core.model import Catalog, Exercise, Kind, Sides, Step
from barretimer.core.pictures import (
    MAX_PICTURE_BYTES,
    PictureProblem,
    check_picture,
    first_pictures,
    picture_size,
    picture_type,
    step_picture,
)
from barretimer.core.writer import routine_to_yaml
from tests.conftest import ROUTINES
from tests.core.picture_files import png_bytes, write_png, write_svg

ROUTINE = """\
name: My pictures
steps:
  - exercise: Wall sit
    kind: hold
    duration: 30
    image: {image}
"""


def load_with(folder: Path, image: str) -> list[str]:
    path = folder / "mine.yaml"
    path.write_text(ROUTINE.format(image=image), encoding="utf-8")
    return [str(problem) for problem in load_routine_file(path).problems]


def only_problem(folder: Path, image: str) -> str:
    problems = load_with(folder, image)
    assert len(problems) == 1, problems
    # FILE:LINE:COLUMN of the value written after "image:".
    assert problems[0].startswith(f"{folder / 'mine.yaml'}:6:12:"), problems[0]
    return problems[0]


def test_a_good_png_loads_and_is_found_for_the_step(tmp_path: Path) -> None:
    write_png(tmp_path / "pictures" / "wall.png", 40, 80)
    path = tmp_path / "mine.yaml"
    path.write_text(ROUTINE.format(image="pictures/wall.png"), encoding="utf-8")
    result = load_routine_file(path)
    assert result.ok, result.problems
    step = result.routine.steps[0] if result.routine else None
    assert isinstance(step, Step) and step.image == "pictures/wall.png" and step.mirror
    picture = step_picture(step, tmp_path)
    assert picture is not None
    assert (picture.type, picture.width, picture.height) == ("png", 40, 80)


def test_each_exercise_is_listed_with_the_picture_it_is_first_shown_with(tmp_path: Path) -> None:
    """What a list of a routine's exercises shows: the first step's own picture, else the
    catalog entry's; none (the drawn figure) for a step whose own picture is missing."""
    write_png(tmp_path / "routine" / "first.png")
    write_png(tmp_path / "routine" / "later.png")
    write_png(tmp_path / "catalog" / "wall.png")

    def entry(exercise_id: str, image: str = "") -> Exercise:
        return Exercise(exercise_id, exercise_id, Kind.HOLD, (), Sides.BOTH, 30.0, image=image)

    shown = ("clamshell", ""), ("wall-sit", "wall.png"), ("bridge-hold", "wall.png"), ("plank", "")
    catalog = Catalog(tuple(entry(exercise_id, image) for exercise_id, image in shown))
    steps = (
        Step("Clamshell", ref="clamshell", image="first.png", mirror=False),
        Step("Clamshell", ref="clamshell", image="later.png"),
        Step("Wall sit", ref="wall-sit"),
        Step("Bridge", ref="bridge-hold", image="gone.png"),
        Step("Plank", ref="plank"),
        Step("My own stretch", image="later.png"),
    )
    found = first_pictures(steps, tmp_path / "routine", catalog, tmp_path / "catalog")
    assert {key: (p.path.name, p.mirror) for key, p in found.items()} == {
        "clamshell": ("first.png", False),
        "wall-sit": ("wall.png", True),
    }


def test_mirror_false_is_kept_and_written_back(tmp_path: Path) -> None:
    write_png(tmp_path / "wall.png")
    text = ROUTINE.format(image="wall.png") + "    mirror: false\n"
    result = load_routine_text(text, "mine.yaml", folder=tmp_path)
    assert result.ok, result.problems
    written = routine_to_yaml(result.routine) if result.routine else ""
    assert "image: wall.png" in written and "mirror: false" in written
    again = load_routine_text(written, "again.yaml", folder=tmp_path)
    assert again.routine == result.routine


def test_a_missing_picture(tmp_path: Path) -> None:
    assert "does not exist" in only_problem(tmp_path, "nowhere.png")


def test_an_unreadable_picture_a_folder(tmp_path: Path) -> None:
    (tmp_path / "folder.png").mkdir()
    assert "cannot be read" in only_problem(tmp_path, "folder.png")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_an_unreadable_picture_no_permission(tmp_path: Path) -> None:
    write_png(tmp_path / "locked.png").chmod(0)
    assert "cannot be read" in only_problem(tmp_path, "locked.png")


def test_a_picture_over_5_mb(tmp_path: Path) -> None:
    data = png_bytes(10, 10)
    (tmp_path / "big.png").write_bytes(data + b"\0" * (MAX_PICTURE_BYTES + 1 - len(data)))
    message = only_problem(tmp_path, "big.png")
    assert "5.0 MB" in message and "at most 5 MB" in message


@pytest.mark.parametrize(("width", "height"), [(4001, 10), (10, 5000)])
def test_a_picture_over_4000_pixels_a_side(tmp_path: Path, width: int, height: int) -> None:
    write_png(tmp_path / "wide.png", width, height)
    message = only_problem(tmp_path, "wide.png")
    assert f"{width} x {height} pixels" in message and "4,000" in message


def test_an_svg_over_4000_pixels_by_its_view_box(tmp_path: Path) -> None:
    (tmp_path / "huge.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9000 100"></svg>', encoding="utf-8"
    )
    assert "9000 x 100 pixels" in only_problem(tmp_path, "huge.svg")


@pytest.mark.parametrize("name", ["photo.bmp", "photo.tiff", "clip.mp4", "noending"])
def test_an_unsupported_type(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"BM" + b"\0" * 64)
    message = only_problem(tmp_path, name)
    assert "not shown" in message and "PNG, JPEG, SVG, GIF or WebP" in message


def test_a_file_that_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("just some text, not a picture\n", encoding="utf-8")
    assert "is not a PNG, JPEG, SVG, GIF or WebP image" in only_problem(tmp_path, "notes.png")


@pytest.mark.parametrize("image", ["../outside.png", "pictures/../../outside.png"])
def test_a_path_that_leaves_the_folder(tmp_path: Path, image: str) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    write_png(tmp_path / "outside.png")
    assert "outside the routine's folder" in only_problem(folder, image)


def test_a_link_that_leads_out_of_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "sneaky.png").symlink_to(write_png(tmp_path / "outside.png"))
    assert "outside the routine's folder" in only_problem(folder, "sneaky.png")


def test_an_absolute_path(tmp_path: Path) -> None:
    picture = write_png(tmp_path / "inside.png")
    assert "absolute path" in only_problem(tmp_path, str(picture))


def test_a_web_address_is_never_fetched(tmp_path: Path) -> None:
    assert "nothing is fetched" in only_problem(tmp_path, "https://example.org/x.png")


def test_an_absolute_path_in_a_catalog_file(tmp_path: Path) -> None:
    """A catalog (the shipped one included) may not name an absolute path either."""
    picture = write_png(tmp_path / "p.png")
    catalog = tmp_path / "exercises.yaml"
    catalog.write_text(
        "exercises:\n  - id: wall-sit\n    name: Wall sit\n    kind: hold\n    duration: 30\n"
        f"    image: {picture}\n",
        encoding="utf-8",
    )
    found, problems = load_catalog_file(catalog)
    assert [p.line for p in problems] == [6] and "absolute path" in str(problems[0])
    # The entry stays in the catalog; the player shows its drawn figure instead.
    assert found.ids() == ["wall-sit"]


def test_shipped_files_name_no_picture_outside_their_folder() -> None:
    """Every shipped routine and the catalog load clean, pictures included."""
    catalog, problems = load_catalog_file(ROUTINES / "exercises.yaml")
    assert problems == []
    for path in sorted(ROUTINES.glob("*.yaml")):
        if path.name != "exercises.yaml":
            assert load_routine_file(path, catalog).problems == [], path


def test_header_sizes_of_every_type(tmp_path: Path) -> None:
    assert picture_size("png", png_bytes(7, 9)) == (7, 9)
    gif = b"GIF89a" + struct.pack("<HH", 31, 17) + b"\0" * 20
    assert picture_type(gif) == "gif" and picture_size("gif", gif) == (31, 17)
    jpeg = (
        b"\xff\xd8\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0" + b"\0" * 9
        + b"\xff\xc0" + struct.pack(">HBHH", 17, 8, 300, 400) + b"\0" * 12
    )  # fmt: skip
    assert picture_type(jpeg) == "jpeg" and picture_size("jpeg", jpeg) == (400, 300)
    webp = b"RIFF" + b"\0" * 4 + b"WEBPVP8X" + b"\0" * 8 + (639).to_bytes(3, "little")
    webp += (479).to_bytes(3, "little")
    assert picture_type(webp) == "webp" and picture_size("webp", webp) == (640, 480)
    svg = write_svg(tmp_path / "a.svg", 60, 120).read_bytes()
    assert picture_type(svg) == "svg" and picture_size("svg", svg) == (60, 120)


def test_check_picture_says_what_without_a_place(tmp_path: Path) -> None:
    with pytest.raises(PictureProblem, match="does not exist"):
        check_picture("gone.gif", tmp_path)
