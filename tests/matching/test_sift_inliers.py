"""SIFT inliers are counted as distinct point correspondences (matching/logo.py `distinct_pairs`): a chance
fit of a few places, each held by several keypoints, is no geometric verification."""

from __future__ import annotations

import numpy as np

from knockoff.matching import logo


def _ref_and_image(places: int, copies: int, seed: int = 0):
    """A mark with `places` keypoint places, each carrying `copies` keypoints (as SIFT puts one per dominant
    orientation), and an image showing it turned 10 degrees, scaled 0.5 and shifted, with every keypoint's
    descriptor (slightly perturbed) at its place, among 200 unrelated keypoints."""
    rng = np.random.default_rng(seed)
    at = rng.uniform(10, 246, (places, 2)).astype(np.float32)
    ref_pts = np.repeat(at, copies, axis=0)
    ref_desc = rng.uniform(0, 100, (len(ref_pts), 128)).astype(np.float32)
    a = np.deg2rad(10.0)
    rot = 0.5 * np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]], np.float32)
    img_pts = ref_pts @ rot.T + np.float32([120, 80])
    img_desc = ref_desc + rng.normal(0, 1, ref_desc.shape).astype(np.float32)
    other_pts = rng.uniform(0, 400, (200, 2)).astype(np.float32)
    other_desc = rng.uniform(0, 100, (200, 128)).astype(np.float32)
    ref = logo.MarkRef("acme", "acme.svg", (256, 256), [ref_pts], [ref_desc])
    return ref, np.concatenate([img_pts, other_pts]), np.concatenate([img_desc, other_desc])


def test_distinct_pairs_counts_places_not_keypoints() -> None:
    ref = np.float32([[10, 10], [10, 10], [10, 10], [50, 20], [50, 20.04], [90, 90]])
    img = np.float32([[5, 5], [5, 5], [7, 5], [30, 12], [30, 12], [60, 60]])
    assert logo.distinct_pairs(ref, img) == 3  # ref places (10,10), (50,20), (90,90); image places 4
    assert logo.distinct_pairs(ref[:0], img[:0]) == 0


def test_a_few_places_held_many_times_do_not_verify_a_mark() -> None:
    """Three places with four keypoints each were 12 RANSAC inliers (sift_score 1.0) before; they are 3."""
    ref, pts, desc = _ref_and_image(places=3, copies=4)
    inliers, box = logo.match_ref(pts, desc, ref, size=(400, 400))
    assert inliers == 3 and box is not None
    assert logo.sift_score(inliers) == 0.0


def test_a_mark_matched_at_many_places_keeps_its_inliers() -> None:
    ref, pts, desc = _ref_and_image(places=14, copies=2, seed=1)
    inliers, box = logo.match_ref(pts, desc, ref, size=(400, 400))
    assert inliers == 14 and logo.sift_score(inliers) == 1.0
    # the 256 px mark's corners turned 10 degrees, halved and moved by (120, 80): its box
    assert np.allclose(box, (97.8, 80.0, 246.1, 228.3), atol=1.0)


def test_verification_strength_ramps_from_four_to_eight_distinct_correspondences() -> None:
    assert [logo.sift_score(n) for n in (0, 4, 5, 6, 7, 8, 30)] == [0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.0]
