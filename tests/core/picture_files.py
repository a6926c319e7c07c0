"""Small real picture files for the tests, written with the standard library only."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def png_bytes(width: int, height: int, rgb: tuple[int, int, int] = (200, 60, 40)) -> bytes:
    """A real PNG of one colour (rows of the same bytes compress to almost nothing)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width
    pixels = zlib.compress(row * height, 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def write_png(path: Path, width: int = 32, height: int = 48) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(width, height))
    return path


SVG = (
    '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}">'
    '<rect x="2" y="2" width="20" height="40" fill="#333"/></svg>\n'
)


def write_svg(path: Path, width: int = 60, height: int = 120) -> Path:
    path.write_text(SVG.format(w=width, h=height), encoding="utf-8")
    return path


def _lzw_solid(index: int, pixels: int) -> bytes:
    """LZW codes for ``pixels`` pixels of one colour with a minimum code size of 2: a clear
    code before every two pixels keeps the table small, so every code stays 3 bits wide."""
    clear, end = 4, 5
    codes = []
    for start in range(0, pixels, 2):
        codes += [clear] + [index] * min(2, pixels - start)
    codes.append(end)
    bits = sum(code << (3 * n) for n, code in enumerate(codes))
    return bits.to_bytes((3 * len(codes) + 7) // 8, "little")


def gif_bytes(
    colours: list[tuple[int, int, int]],
    width: int = 20,
    height: int = 20,
    hundredths: list[int] | None = None,
) -> bytes:
    """A real looping GIF with one frame of each colour (at most four), each shown for its
    ``hundredths`` of a second (a tenth of a second unless given)."""
    palette = (colours + [(0, 0, 0)] * 4)[:4]
    out = b"GIF89a" + struct.pack("<HHBBB", width, height, 0x91, 0, 0)
    out += b"".join(bytes(rgb) for rgb in palette)
    out += b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x00\x00\x00"  # loop for ever
    for index in range(len(colours)):
        delay = hundredths[index] if hundredths else 10
        out += b"\x21\xf9\x04\x00" + struct.pack("<H", delay) + b"\x00\x00"
        out += b"\x2c" + struct.pack("<HHHHB", 0, 0, width, height, 0) + b"\x02"
        data = _lzw_solid(index, width * height)
        for start in range(0, len(data), 255):
            block = data[start : start + 255]
            out += bytes([len(block)]) + block
        out += b"\x00"
    return out + b"\x3b"


def write_gif(
    path: Path,
    colours: list[tuple[int, int, int]],
    size: int = 20,
    hundredths: list[int] | None = None,
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gif_bytes(colours, size, size, hundredths))
    return path
