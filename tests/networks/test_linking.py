"""Linking on small real tables: real JPEG photos (the demo shop's generator), real hashes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from knockoff.crawler.demoshop.generate import _near_duplicate
from knockoff.crawler.demoshop.photos import draw_product, to_jpeg
from knockoff.lake import sha256_hex
from knockoff.matching.netfeatures import listing_features
from knockoff.matching.networks import LinkParams, NetworkState, update
from knockoff.matching.photohash import hamming, near_pairs, photo_hash

BOILER = "Classic cotton t-shirt. Comfortable, durable and easy to care for. Ships in 2-4 days."


def photo(seed: int, kind: str = "t-shirt") -> bytes:
    return to_jpeg(draw_product(np.random.default_rng([seed, 99]), kind).rgb, 88)


def night(rows: list[tuple[str, str, str, str, list[bytes]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(listing id, site, seller, description, photos) -> (listings, hashes)."""
    listings, hashes = [], {}
    for lid, site, seller, desc, photos in rows:
        for p in photos:
            hashes[sha256_hex(p)] = photo_hash(p)
        listings.append(
            {
                "listing_id": lid,
                "site": site,
                "url": f"http://{site}.example/item/{lid}",
                "title": f"item {lid}",
                "description": desc,
                "seller": seller,
                "seller_url": f"http://{site}.example/seller/{seller}",
                "image_sha256": [sha256_hex(p) for p in photos],
            }
        )
    return pd.DataFrame(listings), pd.DataFrame(
        {"image_sha256": list(hashes), "phash": list(hashes.values())}
    )


def link(rows, official: list[bytes] = (), params: LinkParams = LinkParams(), state=None, date="2026-11-01"):
    listings, hashes = night(rows)
    return update(
        state or NetworkState(),
        listing_features(listings),
        hashes,
        date,
        [photo_hash(o) for o in official],
        {sha256_hex(o) for o in official},
        params,
        seen=listings["listing_id"],
    )


def groups(res) -> set[frozenset[str]]:
    return {frozenset(g["account"]) for _, g in res.members.groupby("network_id")}


def test_honest_sellers_sharing_an_official_photo_are_not_merged():
    official = photo(1)
    copy = _near_duplicate(official)  # a reseller's re-upload: other bytes, same picture
    rows = [
        ("a1", "shopa", "honest-one", BOILER, [official, photo(2)]),
        ("b1", "shopa", "honest-two", BOILER, [copy]),
        ("c1", "shopb", "honest-three", BOILER, [official]),
    ]
    state, res = link(rows, official=[official])
    assert res.members.empty
    kinds = set(state.value_links["kind"])
    assert "official_image" in kinds  # the evidence is kept, just too weak alone
    assert set(state.value_links.loc[state.value_links["kind"] == "official_image", "weight"]) == {0.3}


def test_one_shared_photo_needs_corroboration_and_stock_photos_count_little():
    stock, mine, other = photo(3), photo(7), photo(8)
    rows = [
        (f"s{i}", "shopa", f"seller-{i}", f"listing {i} text", [stock, photo(100 + i)]) for i in range(40)
    ]
    rows += [
        ("x1", "shopa", "fake-one", "", [mine, other]),
        ("x2", "shopb", "fake-two", "", [_near_duplicate(mine), other]),  # two distinct photos
        ("y1", "shopa", "pair-one", "", [photo(9)]),
        ("y2", "shopb", "pair-two", "", [photo(9), _near_duplicate(photo(9))]),  # one photo, twice
        ("z1", "shopc", "dropship-one", "", [stock, photo(10)]),
        ("z2", "shopc", "dropship-two", "", [stock, photo(10)]),  # a stock photo and a private one
    ]
    _, res = link(rows)
    assert groups(res) == {frozenset({"shopa/fake-one", "shopb/fake-two"})}
    assert {"phash", "image"} <= set(res.links["kind"])


def test_a_shared_phone_number_links_storefronts_across_sites_with_its_evidence():
    rows = [
        ("p1", "shopa", "kicks-one", "Order on WhatsApp +44 7911 123456 today", [photo(11)]),
        ("p2", "shopb", "kicks-two", "wa.me/447911123456 for sizes", [photo(12)]),
        ("p3", "shopb", "unrelated", "nothing to see", [photo(13)]),
    ]
    _, res = link(rows)
    assert groups(res) == {frozenset({"shopa/kicks-one", "shopb/kicks-two"})}
    ev = res.links.iloc[0]
    assert (ev["kind"], ev["value"], bool(ev["accepted"])) == ("phone", "+447911123456", True)
    assert {ev["listing_a"], ev["listing_b"]} == {"p1", "p2"}
    assert set(res.networks["sites"]) == {"shopa, shopb"}


def test_an_official_photo_counts_once_corroborated_by_name_and_text():
    official = photo(21)
    desc = "Genuine quality jacket straight from our warehouse, fast and tracked shipping to all of Europe."
    rows = [
        ("o1", "shopa", "lucky-deals-outlet", desc, [official]),
        ("o2", "shopb", "lucky-deals-outlet-24", desc + " ", [official]),
    ]
    _, res = link(rows, official=[official])
    assert groups(res) == {frozenset({"shopa/lucky-deals-outlet", "shopb/lucky-deals-outlet-24"})}
    assert {"official_image", "name", "text"} <= set(res.links["kind"])
    # name or text alone with the official photo is not enough
    _, res = link([rows[0], ("o2", "shopb", "other-store", desc, [official])], official=[official])
    assert res.members.empty


def test_incremental_nights_give_the_same_networks_as_one_pass():
    shared, phone = photo(31), "Telegram @vaultkicks_eu"
    night1 = [
        ("n1", "shopa", "vault-a", phone, [photo(32)]),
        ("n2", "shopa", "vault-b", phone, [shared, photo(34)]),
        ("n3", "shopb", "honest", BOILER, [photo(33)]),
    ]
    night2 = [
        ("n4", "shopb", "vault-c", phone, [_near_duplicate(shared)]),
        ("n5", "shopb", "vault-b2", "", [shared, photo(34)]),  # two photos in common with vault-b
    ]
    state, first = link(night1)
    assert groups(first) == {frozenset({"shopa/vault-a", "shopa/vault-b"})}
    state, second = link(night1 + night2, state=state, date="2026-11-02")
    _, whole = link(night1 + night2, date="2026-11-02")
    assert (
        groups(second)
        == groups(whole)
        == {frozenset({"shopa/vault-a", "shopb/vault-c", "shopa/vault-b", "shopb/vault-b2"})}
    )
    assert (
        second.counts["listings_new_or_changed"] == 5
    )  # update() is given all; the stage gives only new ones
    assert set(second.members["first_seen"]) == {"2026-11-01", "2026-11-02"}


def test_network_ids_stay_when_a_network_grows():
    phone = "Telegram @vaultkicks_eu"
    n1 = [("m1", "a", "one", phone, [photo(41)]), ("m2", "a", "two", phone, [photo(42)])]
    state, r1 = link(n1)
    state, r2 = link(n1 + [("m3", "b", "three", phone, [photo(43)])], state=state, date="2026-11-02")
    assert r1.networks["network_id"].tolist() == r2.networks["network_id"].tolist()
    assert r2.networks["accounts"].tolist() == [3]


@pytest.mark.parametrize("radius", [0, 4, 9])
def test_near_pairs_finds_exactly_the_pairs_a_full_comparison_finds(radius):
    rng = np.random.default_rng(radius)
    base = rng.integers(0, 256, (300, 32), dtype=np.uint8)
    near = base[:100].copy()
    for row in near:  # flip 0..10 random bits
        for b in rng.choice(256, int(rng.integers(0, 11)), replace=False):
            row[b // 8] ^= 1 << (b % 8)
    allh = np.vstack([base, near])
    qi, ii, d = near_pairs(allh, allh, radius)
    got = {(int(a), int(b)) for a, b in zip(qi, ii, strict=True)}
    full = {
        (i, j)
        for i in range(len(allh))
        for j in np.flatnonzero(hamming(np.repeat(allh[i : i + 1], len(allh), 0), allh) <= radius)
    }
    assert got == full
    assert (d <= radius).all()


def test_config_defaults_are_the_linking_defaults():
    from knockoff.config import NetworksConfig
    from knockoff.jobs.night.networks import link_params

    assert link_params(NetworksConfig()) == LinkParams()


def test_a_contact_counts_in_full_up_to_max_df_a_photo_does_not():
    phone = "WhatsApp +44 7911 100042"
    rows = [(f"c{i}", site, f"store-{i}", phone, [photo(200 + i)]) for i, site in enumerate("abcdef")]
    _, res = link(rows)
    assert len(groups(res)) == 1 and len(next(iter(groups(res)))) == 6  # one operator, six storefronts
    shared = photo(300)
    rows = [(f"d{i}", site, f"shop-{i}", "", [shared, photo(400 + i)]) for i, site in enumerate("abcdef")]
    _, res = link(rows)
    assert res.members.empty  # six sellers showing one photo: a supplier's photo, not an operator
    many = [
        (f"e{i}", "a", f"seller-{i}", "Support: help@marketplace.example", [photo(500 + i)])
        for i in range(31)
    ]
    _, res = link(many)
    assert res.members.empty  # a contact in more than max_df storefronts is the marketplace's own


def test_near_pairs_with_a_small_index_prefilters_queries_without_losing_pairs():
    rng = np.random.default_rng(7)
    index = rng.integers(0, 256, (50, 32), dtype=np.uint8)
    queries = rng.integers(0, 256, (2000, 32), dtype=np.uint8)
    for i in range(0, 300, 3):  # near copies of index rows, 0..9 bits flipped
        row = index[i % 50].copy()
        for b in rng.choice(256, i % 10, replace=False):
            row[b // 8] ^= 1 << (b % 8)
        queries[i] = row
    qi, ii, d = near_pairs(index, queries, 9)
    got = {(int(a), int(b)) for a, b in zip(qi, ii, strict=True)}
    full = {
        (q, j)
        for q in range(len(queries))
        for j in np.flatnonzero(hamming(np.repeat(queries[q : q + 1], len(index), 0), index) <= 9)
    }
    assert got == full and len(full) >= 100


@pytest.mark.parametrize("radius", [3, 9])
def test_photos_of_a_new_part_find_every_near_duplicate_in_the_stored_parts(radius):
    from knockoff.matching.netstate import IMAGE_LOG, Parts, image_part, known_images, near_new

    rng = np.random.default_rng(radius)
    base = rng.integers(0, 256, (600, 32), dtype=np.uint8)
    for i in range(400, 600):  # the last third: copies of earlier photos, 0..10 bits flipped
        base[i] = base[i - 400 + (i % 7)]
        for b in rng.choice(256, int(rng.integers(0, 11)), replace=False):
            base[i, b // 8] ^= 1 << (b % 8)
    shas = np.array([f"{i:064x}" for i in range(600)], dtype=object)
    ok = rng.random(600) > 0.05  # some photos could not be hashed
    images = Parts(IMAGE_LOG)
    for lo, hi in ((0, 250), (250, 400), (400, 600)):
        images = images.add(image_part(shas[lo:hi], base[lo:hi], ok[lo:hi], np.zeros(hi - lo, bool)))
    got = near_new(images, 1, radius).to_pandas()
    full = set()
    for i in np.flatnonzero(ok[400:]) + 400:
        d = hamming(np.repeat(base[i : i + 1], 600, 0), base)
        for j in np.flatnonzero((d <= radius) & ok):
            if j != i:
                full.add((min(shas[i], shas[j]), max(shas[i], shas[j]), int(d[j])))
    assert set(zip(got["sha_a"], got["sha_b"], got["distance"], strict=True)) == full
    assert len(full) >= 50
    assert known_images(images, np.array([shas[5], shas[450], "0" * 63 + "x"], dtype=object)).tolist() == [
        True,
        True,
        False,
    ]
