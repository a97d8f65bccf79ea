#!/usr/bin/env python3
"""Draws the app's PNG icons (192, 512 and a maskable 512) with the standard library only.

Run once when the design changes; the PNGs are committed in public/icons/.
Two people (a mentor and a young person) in white on the accent blue.
"""
import struct
import zlib
from pathlib import Path

BLUE = (0x1D, 0x4F, 0x91)
WHITE = (0xFF, 0xFF, 0xFF)


def inside(x, y, maskable):
    """Whether (x, y) in the unit square is white. Maskable icons keep the drawing in the safe zone."""
    if maskable:
        x, y = (x - 0.5) / 0.72 + 0.5, (y - 0.5) / 0.72 + 0.5
    heads = [(0.38, 0.34, 0.13), (0.66, 0.44, 0.095)]
    if any((x - cx) ** 2 + (y - cy) ** 2 <= r * r for cx, cy, r in heads):
        return True
    # Shoulders: half ellipses under each head.
    bodies = [(0.38, 0.82, 0.23, 0.26), (0.66, 0.82, 0.17, 0.2)]
    return any(y <= 0.82 and ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1 for cx, cy, rx, ry in bodies)


def background(x, y, maskable):
    """Rounded square for the regular icons; the full square for maskable ones."""
    if maskable:
        return True
    r = 0.2
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def png(size, maskable):
    """An indexed PNG of 2 bits a pixel: three colours (transparent, blue, white) need no more, and
    the file is a third of an RGBA one (the icons are part of the first visit's budget)."""
    palette = [(0, 0, 0), BLUE, WHITE]
    rows = bytearray()
    for j in range(size):
        rows.append(0)
        line = 0
        for i in range(size):
            x, y = (i + 0.5) / size, (j + 0.5) / size
            index = 0 if not background(x, y, maskable) else (2 if inside(x, y, maskable) else 1)
            line = (line << 2) | index
            if i % 4 == 3:
                rows.append(line)
                line = 0

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 2, 3, 0, 0, 0)
    plte = b"".join(bytes(c) for c in palette)
    # Only the first entry is transparent.
    trns = bytes((0,))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"PLTE", plte)
        + chunk(b"tRNS", trns)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


out = Path(__file__).resolve().parent.parent / "public" / "icons"
out.mkdir(parents=True, exist_ok=True)
for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("maskable-512.png", 512, True)]:
    (out / name).write_bytes(png(size, maskable))
    print(out / name)
