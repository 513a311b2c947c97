# SPDX-License-Identifier: MIT
"""Natural Earth land outlines (TopoJSON of the npm package world-atlas) to the SVG drawn under
the map of the places register: equirectangular, one degree a unit, viewBox 0 0 360 180.

    npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    python3 tools/world_svg.py package/land-110m.json > xslt/html/assets/world-land.svg
"""
from __future__ import annotations

import json
import sys


def arcs_of(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def path(points: list[tuple[float, float]]) -> str:
    """One ring; a ring crossing the antimeridian is drawn as pieces, each along its own edge."""
    pieces: list[list[tuple[float, float]]] = [[]]
    for lon, lat in points:
        piece = pieces[-1]
        if piece and abs(lon - piece[-1][0]) > 180:
            edge = 180.0 if piece[-1][0] > 0 else -180.0
            piece.append((edge, lat))
            pieces.append([(-edge, lat)])
        pieces[-1].append((lon, lat))
    if len(pieces) > 2 and pieces[0][0][0] == pieces[-1][-1][0] or len(pieces) > 1 and pieces[0] and \
            abs(pieces[0][0][0] - pieces[-1][-1][0]) < 180:
        pieces[0] = pieces.pop() + pieces[0]  # the ring started inside a piece: join its two ends
    return "".join("M" + "L".join(f"{lon + 180:.1f} {90 - lat:.1f}" for lon, lat in piece) + "Z"
                   for piece in pieces if len(piece) > 2)


def main() -> None:
    topology = json.load(open(sys.argv[1], encoding="utf-8"))
    arcs = arcs_of(topology)
    parts = []
    for geometry in topology["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            parts.extend(path(ring(r, arcs)) for r in polygon)
    sys.stdout.write(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        "<!-- Land of the world, Natural Earth 1:110m (public domain), from the TopoJSON of the npm\n"
        "     package world-atlas 2.0.2 (ISC licence); made by tools/world_svg.py -->\n"
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">'
        f'<path fill="#e8e4da" stroke="#b9b2a0" stroke-width="0.2" d="{"".join(parts)}"/></svg>\n')


if __name__ == "__main__":
    main()
