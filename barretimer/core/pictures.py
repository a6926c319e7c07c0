"""Your own pictures: the ``image:`` of a catalog entry or a step, found and checked without Qt.

A picture is a file beside the routine (or the catalog) that names it: the path is written
relative to that file's folder and may not leave it. Nothing is ever fetched from the network.
The checks read only the file's size and the first bytes of its header, so a validator can
run them on every load.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from barretimer.core.model import Catalog, Exercise, Item, Step, iter_steps

MAX_PICTURE_BYTES = 5 * 1024 * 1024
MAX_PICTURE_SIDE = 4000
#: The file name endings a picture may have, and the type each one stands for.
PICTURE_TYPES = {
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".gif": "gif",
    ".webp": "webp",
    ".svg": "svg",
}
#: Types that can move: shown with a player of frames rather than as one image.
ANIMATED_TYPES = frozenset({"gif", "webp"})
TYPES_IN_WORDS = "PNG, JPEG, SVG, GIF or WebP"
_HEADER_BYTES = 64 * 1024  # enough for any header these formats put first


@dataclass(frozen=True)
class Picture:
    """A checked picture file: where it is, its type, and whether the right side mirrors it."""

    path: Path
    type: str
    width: int
    height: int
    mirror: bool = True

    @property
    def animated(self) -> bool:
        return self.type in ANIMATED_TYPES


class PictureProblem(Exception):
    """What is wrong with a picture, in words for the user (the place is added by the caller)."""


def picture_type(header: bytes) -> str | None:
    """The type the first bytes of a file say it is, or None for anything else."""
    if header.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if header.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if header[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if header[:4] == b"RIFF" and header[8:12] == b"WEBP":
        return "webp"
    if _svg_root(header) is not None:
        return "svg"
    return None


def picture_size(kind: str, header: bytes) -> tuple[int, int] | None:
    """Width and height in pixels read from the header of a ``kind`` file; None if unreadable."""
    try:
        if kind == "png":
            if header[12:16] != b"IHDR":
                return None
            width, height = struct.unpack(">II", header[16:24])
            return width, height
        if kind == "gif":
            width, height = struct.unpack("<HH", header[6:10])
            return width, height
        if kind == "jpeg":
            return _jpeg_size(header)
        if kind == "webp":
            return _webp_size(header)
        if kind == "svg":
            return _svg_size(header)
    except struct.error:
        return None
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """The frame size from the first start-of-frame marker (any of SOF0 to SOF15 but the
    huffman, arithmetic and restart markers)."""
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if 0xD0 <= marker <= 0xD9 or marker == 0x01:  # markers without a length
            index += 2
            continue
        (length,) = struct.unpack(">H", data[index + 2 : index + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return width, height
        index += 2 + length
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X":
        width = int.from_bytes(data[24:27], "little") + 1
        height = int.from_bytes(data[27:30], "little") + 1
        return width, height
    if chunk == b"VP8L" and data[20:21] == b"\x2f":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and data[23:26] == b"\x9d\x01\x2a":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    return None


_SVG_ROOT = re.compile(rb"<svg\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(rb"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")


def _svg_root(header: bytes) -> dict[str, str] | None:
    """The attributes of an SVG file's root element, read from its text (no XML parser: an
    entity or a DTD in a picture file has nothing to do)."""
    head = header.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    match = _SVG_ROOT.search(header)
    if match is None:
        return None
    return {
        name.decode("ascii", "replace").lower(): (double or single or b"").decode(
            "utf-8", "replace"
        )
        for name, double, single in _ATTRIBUTE.findall(match.group(1))
    }


def _svg_size(header: bytes) -> tuple[int, int] | None:
    """width and height in pixels, else the viewBox's; a drawing without either is a square
    of the size it is shown at, so it counts as small."""
    attributes = _svg_root(header) or {}
    width = _LENGTH.match(attributes.get("width", ""))
    height = _LENGTH.match(attributes.get("height", ""))
    if width and height:
        return round(float(width.group(1))), round(float(height.group(1)))
    numbers = attributes.get("viewbox", "").replace(",", " ").split()
    if len(numbers) == 4:
        try:
            return round(float(numbers[2])), round(float(numbers[3]))
        except ValueError:
            return None
    return 1, 1


def _outside_message(written: str) -> str:
    return (
        f'the picture "{written}" is outside the routine\'s folder; put it in that folder '
        "(or one below it) and write its path from there"
    )


def resolve_picture_path(written: str, folder: Path) -> Path:
    """The file ``written`` names, relative to ``folder``; PictureProblem if it is a web
    address, an absolute path or a path that leaves ``folder``'s tree."""
    text = written.strip()
    if not text:
        raise PictureProblem("image is empty; give the path of a picture file")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]+://", text) or text.startswith("data:"):
        raise PictureProblem(
            f'the picture "{text}" is a web address; nothing is fetched from the network: '
            "save the picture beside the routine and give its file name"
        )
    if (
        PurePosixPath(text).is_absolute()
        or PureWindowsPath(text).is_absolute()
        or text[1:3] == ":\\"
    ):
        raise PictureProblem(
            f'the picture "{text}" is an absolute path; write it relative to the routine\'s folder'
        )
    if ".." in PurePosixPath(text.replace("\\", "/")).parts:
        raise PictureProblem(_outside_message(text))
    root = folder.resolve()
    path = (root / text).resolve()  # a link that leads out is refused as well
    if not path.is_relative_to(root):
        raise PictureProblem(_outside_message(text))
    return path


def check_picture(written: str, folder: Path, mirror: bool = True) -> Picture:
    """The picture ``written`` names, relative to ``folder``, checked; PictureProblem says what
    is wrong with it (missing, unreadable, too large, of a type not shown, not a picture)."""
    path = resolve_picture_path(written, folder)
    shown = written.strip()
    suffix = path.suffix.lower()
    if suffix not in PICTURE_TYPES:
        raise PictureProblem(
            f'the picture "{shown}" is of a type that is not shown ({suffix or "no ending"}); '
            f"use a {TYPES_IN_WORDS} file"
        )
    if not path.exists():
        raise PictureProblem(f'the picture "{shown}" does not exist')
    if not path.is_file():
        raise PictureProblem(f'the picture "{shown}" cannot be read: it is not a file')
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PictureProblem(f'the picture "{shown}" cannot be read: {reason}') from None
    if size > MAX_PICTURE_BYTES:
        raise PictureProblem(
            f'the picture "{shown}" is {size / 1024 / 1024:.1f} MB; pictures are at most 5 MB'
        )
    kind = picture_type(header)
    if kind is None:
        raise PictureProblem(f'the picture "{shown}" is not a {TYPES_IN_WORDS} image')
    dimensions = picture_size(kind, header)
    if dimensions is None:
        raise PictureProblem(f'the picture "{shown}" is damaged: its size cannot be read')
    width, height = dimensions
    if width > MAX_PICTURE_SIDE or height > MAX_PICTURE_SIDE:
        raise PictureProblem(
            f'the picture "{shown}" is {width} x {height} pixels; '
            f"pictures are at most {MAX_PICTURE_SIDE:,} pixels a side"
        )
    if width <= 0 or height <= 0:
        raise PictureProblem(f'the picture "{shown}" is damaged: it has no pixels')
    return Picture(path, kind, width, height, mirror)


def _checked(written: str, folder: Path | None, mirror: bool) -> Picture | None:
    if not written or folder is None:
        return None
    try:
        return check_picture(written, folder, mirror)
    except PictureProblem:
        return None


def exercise_picture(exercise: Exercise, catalog_folder: Path | None) -> Picture | None:
    """The catalog entry's own picture, if it gives a good one."""
    return _checked(exercise.image, catalog_folder, exercise.mirror)


def step_picture(
    step: Step,
    routine_folder: Path | None,
    catalog: Catalog | None = None,
    catalog_folder: Path | None = None,
) -> Picture | None:
    """The picture shown for a step: its own, else its catalog exercise's; None (the drawn
    figure) when neither gives a good one."""
    own = _checked(step.image, routine_folder, step.mirror)
    if own is not None or step.image:
        return own
    base = catalog.get(step.ref) if catalog is not None and step.ref else None
    return exercise_picture(base, catalog_folder) if base is not None else None


def first_pictures(
    steps: tuple[Item, ...],
    routine_folder: Path | None,
    catalog: Catalog,
    catalog_folder: Path | None,
) -> dict[str, Picture]:
    """By catalog id, the picture each exercise of a routine is first shown with (its first
    step's own, else the catalog entry's): what a list of the routine's exercises shows.
    Exercises shown with their drawn figure are left out."""
    found: dict[str, Picture | None] = {}
    for step in iter_steps(steps):
        exercise = catalog.get(step.ref or step.exercise)
        if exercise is not None and exercise.id not in found:
            found[exercise.id] = step_picture(step, routine_folder, catalog, catalog_folder)
    return {exercise_id: picture for exercise_id, picture in found.items() if picture}


#: Where the editor copies a picture you pick, inside the routine's folder.
PICTURES_FOLDER = "pictures"


def copy_picture_beside(source: Path, folder: Path) -> str:
    """Copy the picture file ``source`` into ``folder``/pictures (a new name if that one is
    taken by another file) and return the path to write in ``image:``. The copy is checked
    like any picture; PictureProblem (and no copy left behind) if it is not a good one."""
    import shutil

    if source.suffix.lower() not in PICTURE_TYPES:
        raise PictureProblem(
            f'"{source.name}" is of a type that is not shown; use a {TYPES_IN_WORDS} file'
        )
    target_folder = folder / PICTURES_FOLDER
    try:
        target_folder.mkdir(parents=True, exist_ok=True)
        target = target_folder / source.name
        number = 2
        while target.exists() and not _same_file(source, target):
            target = target_folder / f"{source.stem}-{number}{source.suffix}"
            number += 1
        if not target.exists():
            shutil.copyfile(source, target)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise PictureProblem(f'"{source.name}" cannot be copied: {reason}') from None
    written = f"{PICTURES_FOLDER}/{target.name}"
    try:
        check_picture(written, folder)
    except PictureProblem:
        target.unlink(missing_ok=True)
        raise
    return written


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or a.read_bytes() == b.read_bytes()
    except OSError:
        return False
