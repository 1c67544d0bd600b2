"""Write a demo shop to a folder: shop.json (page data), JPEG photos, brands.yaml + marks, truth.json."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import yaml

from knockoff.crawler.demoshop.catalog import (
    CURRENCY,
    OPERATORS,
    ListingPlan,
    plan_listing,
    seller_name,
)
from knockoff.crawler.demoshop.marks import (
    BRANDS,
    DECOY_WORDS,
    DECOYS,
    DemoBrand,
    render_shapes,
    render_wordmark,
    shapes_to_svg,
    symbol_rgba,
    write_png,
)
from knockoff.crawler.demoshop.photos import draw_product, draw_text, plant_mark, to_jpeg

N_OFFICIAL = 2


@dataclass
class ShopSpec:
    """What `generate_shop` wrote."""

    root: Path
    seed: int
    night: int
    n_listings: int
    brands_path: Path
    truth_path: Path
    shop_path: Path
    listings: list[dict] = field(default_factory=list)

    @property
    def planted(self) -> list[dict]:
        return [x for x in self.listings if x["brand"]]


def _write(path: Path, data: bytes) -> None:
    """Write only when the content differs (keeps mtimes of unchanged files on night 2)."""
    if path.is_file() and path.read_bytes() == data:
        return
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def _marks(root: Path) -> dict[str, dict[str, np.ndarray]]:
    (root / "marks").mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, np.ndarray]] = {}
    for b in BRANDS:
        logo = symbol_rgba(b, 512)
        word = render_wordmark(b.wordmark, b.colour, 128)
        write_png(root / "marks" / f"{b.slug}-logo.png", logo)
        write_png(root / "marks" / f"{b.slug}-wordmark.png", word)
        _write(root / "marks" / f"{b.slug}-logo.svg", shapes_to_svg(b.symbol).encode())
        out[b.slug] = {"logo": symbol_rgba(b, 256), "wordmark": word}
    return out


def _official(root: Path, seed: int, marks: dict) -> dict[str, list[bytes]]:
    (root / "official").mkdir(parents=True, exist_ok=True)
    out: dict[str, list[bytes]] = {}
    for bi, b in enumerate(BRANDS):
        out[b.slug] = []
        for k in range(N_OFFICIAL):
            rng = np.random.default_rng([seed, 3, bi, k])
            photo = draw_product(rng, ["t-shirt", "hoodie", "sneakers"][(bi + k) % 3], size=(520, 520))
            plant_mark(rng, photo, marks[b.slug]["logo"], scale_px=(120, 150))
            data = to_jpeg(photo.rgb, 92)
            _write(root / "official" / f"{b.slug}-{k + 1}.jpg", data)
            out[b.slug].append(data)
    return out


def _near_duplicate(data: bytes) -> bytes:
    """A resized, re-encoded copy of an official photo (what a reseller re-upload looks like)."""
    img = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    h, w = img.shape[:2]
    small = cv2.resize(img, (int(w * 0.85), int(h * 0.85)), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 78])
    return buf.tobytes()


def _house_photos(seed: int) -> dict[str, list[bytes]]:
    """Each operator's shared product photo: [the bytes, a resized re-encoded copy]."""
    out = {}
    for oi, op in enumerate(OPERATORS):
        rng = np.random.default_rng([seed, 17, oi])
        data = to_jpeg(draw_product(rng, ["bag", "jacket", "cap"][oi % 3]).rgb, 90)
        out[op.id] = [data, _near_duplicate(data)]
    return out


def _listing_images(
    seed: int,
    plan: ListingPlan,
    marks: dict,
    official: dict[str, list[bytes]],
    house: dict[str, list[bytes]] | None = None,
) -> list[tuple[bytes, dict | None, bool]]:
    """(jpeg bytes, planted-mark info or None, is official) for each image of a listing."""
    out: list[tuple[bytes, dict | None, bool]] = []
    brand = plan.planted_brand or plan.genuine_brand
    for k in range(plan.n_images):
        rng = np.random.default_rng([seed, 5, plan.index, k])
        if k == 0 and plan.slot in ("official_photo", "authorized") and brand is not None:
            pick = plan.index % N_OFFICIAL
            data = official[brand.slug][pick]
            if plan.slot == "official_photo" and (plan.index // 24) % 2 == 1:
                data = _near_duplicate(data)
            out.append((data, {"brand": brand.name, "mark": "official", "box": None}, True))
            continue
        photo = draw_product(rng, plan.category)
        info = None
        if plan.logo_image == k and plan.planted_brand is not None and plan.mark:
            mark = marks[plan.planted_brand.slug][plan.mark]
            box = plant_mark(rng, photo, mark)
            info = {"brand": plan.planted_brand.name, "mark": plan.mark, "box": list(box)}
        elif plan.slot == "decoy_shape" and k == 0:
            decoy = render_shapes(DECOYS[plan.index % len(DECOYS)], 256)
            plant_mark(rng, photo, decoy)
        elif plan.slot == "decoy_text" and k == 0:
            draw_text(rng, photo, DECOY_WORDS[plan.index % len(DECOY_WORDS)])
        out.append((to_jpeg(photo.rgb, int(rng.integers(80, 93))), info, False))
    if plan.operator and plan.house_photo is not None:
        out.append(((house or _house_photos(seed))[plan.operator][plan.house_photo], None, False))
    return out


def _brands_yaml(root: Path) -> Path:
    brands = []
    for b in BRANDS:
        brands.append(
            {
                "name": b.name,
                "marks": [
                    f"marks/{b.slug}-logo.png",
                    f"marks/{b.slug}-logo.svg",
                    f"marks/{b.slug}-wordmark.png",
                ],
                "keywords": list(b.keywords),
                "aliases": [],
                "price_floor": b.price_floor,
                "authorized_sellers": list(b.authorized_sellers),
                "official_images": [f"official/{b.slug}-{k + 1}.jpg" for k in range(N_OFFICIAL)],
            }
        )
    path = root / "brands.yaml"
    text = "# Demo brands of the knockoff demo marketplace (fictional).\n"
    text += yaml.safe_dump({"brands": brands}, sort_keys=False, allow_unicode=True)
    _write(path, text.encode())
    return path


def _shop_entry(plan: ListingPlan, image_paths: list[str]) -> dict:
    return {
        "id": plan.id,
        "path": plan.path,
        "category": plan.category,
        "title": plan.title,
        "description": plan.description,
        "brand": plan.brand_claimed,
        "sku": plan.sku,
        "price": plan.price,
        "currency": CURRENCY,
        "availability": plan.availability,
        "seller": plan.seller,
        "seller_name": seller_name(plan.seller),
        "format": plan.page_format,
        "images": image_paths,
    }


def _truth_entry(plan: ListingPlan, images: list[dict]) -> dict:
    b: DemoBrand | None = plan.planted_brand
    return {
        "id": plan.id,
        "path": plan.path,
        "url_path": plan.path,
        "brand": b.name if b else None,
        "kinds": list(plan.kinds),
        "slot": plan.slot,
        "genuine_brand": plan.genuine_brand.name if plan.genuine_brand else None,
        "seller": plan.seller,
        "operator": plan.operator,  # planted seller network (None: an independent seller)
        "price": plan.price,
        "format": plan.page_format,
        "title": plan.title,
        "images": images,
    }


def generate_shop(out_dir: Path, seed: int = 0, n_listings: int = 240, night: int = 1) -> ShopSpec:
    """Generate the demo marketplace into `out_dir` (deterministic in seed, n_listings and night).

    Night 2 is the same shop with ~10% more listings; earlier listings and their images are
    byte-identical to night 1.
    """
    if night < 1:
        raise ValueError("night must be >= 1")
    root = Path(out_dir)
    (root / "img").mkdir(parents=True, exist_ok=True)
    marks = _marks(root)
    official = _official(root, seed, marks)
    house = _house_photos(seed)
    brands_path = _brands_yaml(root)
    total = n_listings + (night - 1) * max(1, round(n_listings * 0.1))
    shop_listings, truth = [], []
    for i in range(total):
        plan = plan_listing(seed, i)
        paths, img_truth = [], []
        for k, (data, info, is_official) in enumerate(_listing_images(seed, plan, marks, official, house)):
            rel = f"img/{plan.id.lower()}-{k}.jpg"
            _write(root / rel, data)
            paths.append("/" + rel)
            img_truth.append(
                {
                    "path": "/" + rel,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "planted": info,
                    "official": is_official,
                }
            )
        shop_listings.append(_shop_entry(plan, paths))
        truth.append(_truth_entry(plan, img_truth))
    meta = {"seed": seed, "night": night, "n_listings": total, "currency": CURRENCY}
    shop_path, truth_path = root / "shop.json", root / "truth.json"
    _write(shop_path, json.dumps({**meta, "listings": shop_listings}, indent=1, ensure_ascii=False).encode())
    _write(
        truth_path,
        json.dumps(
            {**meta, "brands": [b.name for b in BRANDS], "listings": truth}, indent=1, ensure_ascii=False
        ).encode(),
    )
    return ShopSpec(
        root=root,
        seed=seed,
        night=night,
        n_listings=total,
        brands_path=brands_path,
        truth_path=truth_path,
        shop_path=shop_path,
        listings=truth,
    )
