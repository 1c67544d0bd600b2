"""brands.yaml loading: PNG/SVG/JPEG marks accepted; missing or unreadable marks named by brand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knockoff.errors import ConfigError
from knockoff.matching.brands import load_brands
from tests.matching.conftest import draw_mark, jpeg_bytes


def _write(d: Path, brands: list[dict]) -> Path:
    p = d / "brands.yaml"
    p.write_text(yaml.safe_dump({"brands": brands}), encoding="utf-8")
    return p


def test_loads_png_svg_and_jpeg(marks_dir: Path, tmp_path: Path) -> None:
    brands = load_brands(marks_dir / "brands.yaml")
    assert [b.name for b in brands] == ["Starling", "Quadra"]
    star = brands[0]
    assert star.marks[0].is_absolute() and star.marks[0].is_file()
    assert star.price_floor == 60.0 and star.authorized_sellers == ["starling-official"]
    assert "Starling Sports" in star.terms and "Starling" in star.terms
    (tmp_path / "m.jpg").write_bytes(jpeg_bytes(draw_mark(128)[..., :3]))
    [b] = load_brands(_write(tmp_path, [{"name": "Jpeg Co", "marks": ["m.jpg"]}]))
    assert b.marks == [(tmp_path / "m.jpg").resolve()]


def test_missing_mark_names_the_brand(tmp_path: Path) -> None:
    p = _write(tmp_path, [{"name": "Ghostwear", "marks": ["marks/nope.png"]}])
    with pytest.raises(ConfigError) as ei:
        load_brands(p)
    msg = str(ei.value)
    assert "Ghostwear" in msg and "nope.png" in msg and "\n" not in msg


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("broken.png", b"\x89PNG\r\n\x1a\n not really a png"),
        ("broken.svg", b"<svg><path d='M0 0"),
        ("empty.jpg", b""),
    ],
)
def test_unreadable_mark_names_the_brand(tmp_path: Path, name: str, payload: bytes) -> None:
    (tmp_path / name).write_bytes(payload)
    p = _write(tmp_path, [{"name": "Rottenmark", "marks": [name]}])
    with pytest.raises(ConfigError) as ei:
        load_brands(p)
    assert "Rottenmark" in str(ei.value)


def test_bad_files_are_one_line_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        load_brands(tmp_path / "absent.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("brands: [name: x", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_brands(bad)
    (tmp_path / "a.png").write_bytes(b"")
    with pytest.raises(ConfigError):  # a brand without marks
        load_brands(_write(tmp_path, [{"name": "NoMarks", "marks": []}]))
    with pytest.raises(ConfigError):  # unsupported format
        (tmp_path / "m.bmp").write_bytes(b"BM")
        load_brands(_write(tmp_path, [{"name": "Bmp", "marks": ["m.bmp"]}]))
