"""One typed place for knockoff's configuration.

Every section is a pydantic model with defaults; `KnockoffConfig` composes them and is what
`knockoff nightly --config knockoff.yaml` reads. Command-line options override fields.
Relative paths inside a YAML file are resolved against that file's folder (`load_config`): every field
typed `PathStr` (lake, brands, sites_file, runs, crawl.job_dir, crawl.http_cache_dir,
match.detect.calibration_folder) and `CommandStr` (crawl.chromium_path, which a bare program name leaves
to the PATH lookup); URLs (`scheme://...`) are kept as written. Free-form mappings (cluster.options) are
passed on as written.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar, get_args, get_origin

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from knockoff.errors import ConfigError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _PathMark:
    """Field metadata: the field holds a file or folder path, resolved by `load_config` against the YAML
    file's folder when relative. `command`: a bare name without a slash is a program on PATH, kept."""

    def __init__(self, command: bool = False) -> None:
        self.command = command


PathStr = Annotated[str, _PathMark()]
CommandStr = Annotated[str, _PathMark(command=True)]


class CrawlConfig(_Model):
    """Scrapy crawl behaviour: politeness, safety limits and speed."""

    user_agent: str = "knockoff/0.1 (+https://github.com/knockoff/knockoff; counterfeit monitoring)"
    obey_robots: bool = True
    concurrent_requests: int = Field(32, ge=1)
    concurrent_requests_per_domain: int = Field(8, ge=1)
    download_delay: float = Field(0.0, ge=0.0)
    autothrottle: bool = True
    autothrottle_target_concurrency: float = Field(8.0, gt=0.0)
    download_timeout: float = Field(20.0, gt=0.0)
    retry_times: int = Field(2, ge=0)
    redirect_max_times: int = Field(5, ge=0)
    max_listings: int | None = Field(None, ge=1)
    max_pages: int | None = Field(None, ge=1)
    depth_limit: int = Field(20, ge=0)
    download_images: bool = True
    max_image_bytes: int = Field(20 * 1024 * 1024, ge=1)
    max_image_pixels: int = Field(50_000_000, ge=1)
    max_page_bytes: int = Field(10 * 1024 * 1024, ge=1)
    allow_private_addresses: bool = False
    allowed_private_hosts: list[str] = Field(default_factory=list)
    forbidden_hosts: list[str] = Field(default_factory=list)
    http_cache: bool = True
    row_group_size: int = Field(1000, ge=1)
    job_dir: PathStr | None = None
    redis_url: str | None = None
    # seconds before the first retry, doubled each time (capped at 10 s)
    retry_backoff: float = Field(0.5, ge=0.0)
    http_cache_dir: PathStr | None = None  # default LAKE/cache/http for a local lake
    workers: int = Field(1, ge=1)  # crawl processes per site sharing one Redis frontier (needs redis_url)
    # seconds a crawl process's Redis "alive" key outlives its last refresh (refreshed every third of
    # it): how long a commit waits on a process killed without cleaning up (crawler.runner._Alive)
    redis_alive_ttl: float = Field(10.0, gt=0.0)
    # seconds a crawl process lets Scrapy end on its own after its spider closed, or after a graceful
    # stop it asked for itself because the process that started it is gone (plus download_timeout),
    # before it forces the stop (crawler.runner._Watchdog)
    shutdown_grace: float = Field(10.0, gt=0.0)
    sitemaps: bool = True  # read robots.txt Sitemap: lines, configured sitemaps and /sitemap.xml
    max_images_per_listing: int = Field(40, ge=0)  # image_urls beyond this are dropped (lists stay aligned)
    chromium_path: CommandStr = "/usr/bin/chromium"  # browser of sites with render: true (no download)
    render_timeout: float = 30.0  # seconds for a rendered page to load (render: true sites)


class SiteConfig(_Model):
    """One marketplace to crawl: generic spider by default, or declarative selectors."""

    name: str
    start_urls: list[str]
    allowed_domains: list[str] = Field(default_factory=list)
    sitemap_urls: list[str] = Field(default_factory=list)
    spider: Literal["generic", "declarative"] = "generic"
    selectors: dict[str, str] = Field(default_factory=dict)
    link_rules: dict[str, list[str]] = Field(default_factory=dict)
    max_listings: int | None = None
    render: bool = False  # fetch pages through headless Chromium (scrapy-playwright): JS-built pages


Unit = Annotated[float, Field(ge=0.0, le=1.0)]

# Noisy-or weight of each fusion signal (evidence key -> weight): how far that signal alone can
# raise a score. Text hits are keyed by their kind. `price` is a support weight (see FusionConfig).
DEFAULT_FUSION_WEIGHTS: dict[str, float] = {
    "logo": 0.97,
    "official_photo": 0.9,
    "ocr": 0.85,
    "homoglyph": 0.9,
    "misspelling": 0.8,
    "mention": 0.3,
    "real_word": 0.3,
    "brand_claimed": 0.3,
    "product_code": 0.3,  # the brand's GTIN or part number named: a claim, weighed as the brand field
    "price": 0.75,
}


class FusionConfig(_Model):
    """Fusion of signals into one score per (listing, brand) (matching.fusion, matching.signals)."""

    weights: dict[str, Unit] = Field(default_factory=lambda: dict(DEFAULT_FUSION_WEIGHTS))
    # an image signal counts from this detection score up
    min_signal: dict[str, Unit] = Field(
        default_factory=lambda: {"logo": 0.4, "official_photo": 0.5, "ocr": 0.5}
    )
    # rapidfuzz ratio (0..100) a near miss of a brand name needs to count as a misspelling
    text_min_similarity: float = Field(82.0, ge=50.0, le=100.0)
    # a common word near the brand name counts only beside one of these signals
    real_word_needs: list[str] = Field(
        default_factory=lambda: ["logo", "official_photo", "ocr", "brand_claimed", "product_code"]
    )
    # support signals (price) count fully once the evidence score reaches this, less below
    support_full_at: float = Field(0.6, gt=0.0, le=1.0)
    # extra signals by import path ("mypkg.signals:MY_SIGNAL"), run after the registered ones
    signals: list[str] = Field(default_factory=list)


class DetectConfig(_Model):
    """The Matcher's tuning (matching/engine.py); the defaults are the measured choices noted there."""

    # plain shapes (disc, ring, star, ...) compete with the brands' marks for each window
    generic_rivals: bool = True
    # other brands' icons (Simple Icons, matching/cohort.py) that compete as rivals too, so a brand registered
    # alone or with one other still meets competitors: cohort_size icons where the registry has at most
    # cohort_max_brands brands (matching/engine.py notes: 1 at first, 2 since 2026-12-06; a registry that meets
    # the cohort has it in its model version); cohort_size 0 turns the cohort off
    cohort_size: int = Field(200, ge=0, le=3000)
    cohort_max_brands: int = Field(2, ge=0)
    # a drawn badge's window (a plain disc or box outline, matched by what is drawn inside it) where one of the
    # cohort's icons correlates higher than the badge (before suppress_rivals) gets no shape evidence: the CNN
    # has placed the print nearer another company's icon (matching/engine.py Matcher._outcorrelated)
    cohort_shape_veto: bool = True
    # a window's mark loses rival_weight x the margin by which another brand's mark or a plain shape overlapping
    # it correlates higher (matching/logo.py suppress_rivals; 2.0 since model v18, 1.0 before)
    rival_weight: float = Field(2.0, ge=0.0, le=10.0)
    # the unconfirmed CNN rows (method "cnn") of a brand that another brand outscores in the same image keep
    # their score x (the brand's best / the other's best) ** brand_competition; 0 turns it off
    # (matching/engine.py compete_in_image; 2.0 since model v22)
    brand_competition: float = Field(2.0, ge=0.0, le=10.0)
    # the backbone's stride-16 stage and its head (matching/engine.py stage_files; figures of each in
    # benchmarks/RESULTS.md): "mixed" (the default since model v19) the fine-tuned pair's weights 0.2 of the way
    # from ImageNet's stage and the v18 head (WiSE-FT, training/train_backbone.py --interpolate); "imagenet" the
    # frozen ImageNet stage and the v18 head (model v18); "tuned" the pair fine-tuned together on composites
    # (training/train_backbone.py): composites by another hand +0.04 mAP over v18, but the demo's look-alike
    # filled emblems confused (its lists lose)
    stage: Literal["imagenet", "mixed", "tuned"] = "mixed"
    # stage "tuned" by its first name (2026-12-04); true overrides `stage`
    tuned_stage: bool = False
    # best windows per image verified with SIFT (top 4 measured: +0.003 mAP, 1.5x slower)
    verify_top: int = Field(1, ge=0)
    # large templates (>= coarse_min_cells cells a side: 128 and 192 px) also correlated on the image at
    # half size, so that a logo up to about 384 px, one that fills a 500 px photo, is covered
    pyramid: bool = True
    # whole-image SIFT + RANSAC of the best mark of the whole_image_top best brands not confirmed in
    # their window (real-logos dev: none 0.426 mAP, 5 brands 0.446, 32 brands 0.490); inliers given up
    whole_image_top: int = Field(32, ge=0)
    whole_image_margin: int = Field(0, ge=0)
    # a window keeps SIFT's box (its row method "cnn+sift") only where the match counts as verification
    # (logo.sift_score > 0: more than 4 distinct inliers); a RANSAC fit to 4 or fewer chance correspondences
    # placed a box off the print, hid the window's shape match, and exempted the row from brand competition,
    # yielding and whole-image SIFT (model v30, matching/engine.py notes). False: any box RANSAC returns, as
    # before v30
    sift_counted_boxes: bool = True
    # whole-image SIFT is skipped where the image is already settled: a window verified with at least
    # whole_image_skip_inliers inliers (distinct correspondences since model v25, logo.distinct_pairs;
    # 0: never), or a brand name read with OCR score >= whole_image_skip_ocr (1.0: never)
    whole_image_skip_inliers: int = Field(12, ge=0)
    whole_image_skip_ocr: Unit = 0.9
    coarse_min_cells: int = Field(8, ge=1)
    # enlarged level (model v20, matching/engine.py notes): the small templates (at most fine_max_cells stride-16
    # cells a side: the 48 and 80 px sizes) also correlated on the whole image enlarged fine_scale times, so that
    # a print under the smallest template size meets one of its own; a (brand, mark) peak there less
    # fine_penalty replaces the full-size peak where higher. Skipped where OCR read a brand name
    # (proposal_skip_ocr's test), as the proposals are
    fine_level: bool = True
    fine_scale: float = Field(2.0, ge=1.0, le=4.0)
    fine_max_cells: int = Field(5, ge=1)
    fine_penalty: Unit = 0.15
    # proposal zoom (matching/proposals.py, matching/engine.py notes): boxes of a class-agnostic printed-mark
    # detector (score >= proposal_min_score, at most proposal_max_boxes, longer side under proposal_max_share of
    # the image's) are cut out with proposal_margin x their side around them, enlarged so that side is
    # proposal_zoom_to px (proposal_min_zoom to proposal_max_zoom times), and the templates correlated on the
    # crop; a (brand, mark) peak there less proposal_penalty replaces the full-size peak where higher
    proposal_zoom: bool = True
    proposal_min_score: Unit = 0.01
    proposal_max_boxes: int = Field(16, ge=1)
    proposal_max_share: float = Field(0.1, gt=0.0, le=1.0)
    proposal_zoom_to: int = Field(128, ge=16, le=1024)
    proposal_min_zoom: float = Field(1.3, ge=1.0)
    proposal_max_zoom: float = Field(4.0, ge=1.0, le=16.0)
    proposal_margin: float = Field(0.5, ge=0.0, le=4.0)
    proposal_penalty: Unit = 0.15
    # no proposals where OCR already read a brand name with at least this score (1.0: always propose; 0.9
    # measured: other-hand composites and real-logos development half as with 1.0, 1.21x -> 1.05x CPU vs v13)
    proposal_skip_ocr: Unit = 0.9
    # shape verification (matching/shape.py): the shape_top best windows of marks with a silhouette (SVG or
    # transparent PNG) are matched by edge orientation within shape_margin x the window's side around it. A
    # match scoring s >= shape_min_score is compared with the same template's best score elsewhere in the
    # image (s_else): a stand-out margin m = s - s_else adds a noisy-or term
    # shape_weight x clip((m - shape_low) / (shape_high - shape_low), 0, 1) to the window's logo score (s_else
    # also the best of other brands' matches overlapping it).
    # 0 windows: off
    shape_top: int = Field(4, ge=0, le=64)
    shape_min_score: float = Field(0.35, ge=0.0, le=1.0)
    shape_low: float = Field(0.05, ge=0.0, lt=1.0)  # 0.15 before model v26 (matching/engine.py notes)
    shape_high: float = Field(0.4, gt=0.0, le=1.0)
    shape_weight: Unit = 0.9
    # and only where the window's calibrated correlation is at least this (the CNN not ruling the brand out)
    shape_min_p: Unit = 0.02
    shape_margin: float = Field(0.4, ge=0.0, le=2.0)
    # weight of the image's CIELAB a* and b* edges beside its lightness edges in a second, colour reading of the
    # image's edges (matching/shape.py colour_orientation_field); each window keeps the stronger of the grey and
    # the colour reading. 0: grey edges only, as before model v27 (matching/engine.py notes)
    shape_chroma: float = Field(2.0, ge=0.0, le=16.0)
    # each half of a window's best shape template is also matched and measured on its own (a print partly
    # hidden by a fold, a strap or a hand), its q weighted by this (a half is less specific than the whole
    # mark), the window keeping its best q (matching/shape.py match_halves; model v28, matching/engine.py
    # notes). 0: whole templates only, as before model v28
    shape_halves: Unit = 1.0
    # a mark whose silhouette is a plain disc, ellipse or rectangle (a badge) is matched by what is drawn inside
    # it, without its outline and the rings concentric with it (matching/shape.py ShapeRefs.drawn); false: by its
    # outline alone, as before model v32
    shape_drawn_badges: bool = True
    # where a window's best flat template scores shape_min_score, its pose is refined (matching/shape.py
    # ShapeRefs.score: foreshortened for a print on a tilted surface, turned and sized half a step; not for plain
    # outlines and wordmarks; model v29, matching/engine.py notes). False: the flat templates alone, as before v29
    shape_refine: bool = True
    # share of a template's plain-background correlation subtracted (0.0 / 0.5 / 1.0 measured:
    # held-out composite mAP 0.916 / 0.924 / 0.901; demo shop image AP, weakest brand 0.37 / 0.72 / 0.72)
    background_weight: float = Field(0.5, ge=0.0, le=1.0)
    # calibrated logo probability a window needs before SIFT verification
    verify_min_p: Unit = 0.05
    # OCR of wordmark-shaped windows (width / height >= ocr_min_aspect) whose logo evidence is
    # neither absent (p >= ocr_min_p) nor already conclusive (fused < ocr_max_logo)
    ocr_min_aspect: float = Field(2.0, gt=0.0)
    ocr_min_p: Unit = 0.10
    ocr_max_logo: Unit = 0.85
    # a line (4+ letters) read at >= ocr_veto_conf naming no brand takes ocr_veto off that wordmark
    # window's correlation (0.15 is 5 calibration widths: p 0.6 -> about 0.01)
    ocr_veto_conf: Unit = 0.8
    ocr_veto: Unit = 0.15
    # where the whole image's text has no line at the best unconfirmed wordmark-shaped window, that window's
    # neighbourhood is read again as a crop: small print the whole image's text detection does not box
    # (matching/engine.py Matcher._ocr_rows and notes; model v36)
    ocr_window_read: bool = True
    # where the registry has cohort_max_brands brands or fewer and the image's text names none of them, a line
    # of 4+ letters read at this OCR confidence or more competes with the brands' unconfirmed CNN rows as another
    # brand's row would (matching/engine.py Matcher._text_rival, compete_in_image); 0 turns it off
    ocr_text_rival: Unit = 0.9
    # where the whole image's text names no brand, the ocr_zoom_regions largest groups of its text lines are
    # read again enlarged ocr_zoom times (at most to OCR's detection size); 0 turns it off
    # (matching/engine.py text_regions; since model v24)
    ocr_zoom: float = Field(2.0, ge=0.0, le=4.0)
    ocr_zoom_regions: int = Field(3, ge=0, le=10)
    # where the text, read whole and enlarged, still names no brand, the ocr_bands largest blocky lines (width
    # under ocr_band_aspect x their height) are recognised again as 2 and as 3 horizontal bands, each scaled to
    # ocr_band_height px: stacked lines, or a word and the emblem beside it, that text detection boxed as one
    # (matching/engine.py notes, model v31); 0 turns it off
    ocr_bands: int = Field(3, ge=0, le=10)
    ocr_band_aspect: float = Field(3.0, gt=0.0)
    ocr_band_height: int = Field(48, ge=8, le=256)
    # official-photo reuse: perceptual-hash distance, or up to twice that with a CNN cosine >= official_min_cos
    official_max_hamming: int = Field(8, ge=1, le=64)
    official_min_cos: float = Field(0.97, ge=-1.0, le=1.0)
    # per-brand calibration (matching/calibration.py): a folder of photos that show none of the brands
    # (e.g. the shop's ordinary product photos); the first calibration_images of them (by SHA-256) are
    # scored once per brand index and every score becomes its brand's tail probability there. None: raw
    calibration_folder: PathStr | None = None
    calibration_images: int = Field(200, ge=10)
    # what a detection's `score` is (matching/engine.py, matching/calibration.py; the raw score stays in
    # `score_raw`): "none" = raw; "probability" = P(the image shows the brand), one shipped model for every
    # brand (real-logos mAP up, but demo shop per-brand AP down: off by default, see engine.py); "tail" =
    # the per-brand tail calibration fitted on calibration_folder (read only then; set otherwise: ValueError).
    # A config that sets calibration_folder and not score_calibration means "tail", as before the knob existed.
    score_calibration: Literal["none", "probability", "tail"] = "none"

    @model_validator(mode="after")
    def _folder_alone_means_tail(self) -> DetectConfig:
        if self.calibration_folder and "score_calibration" not in self.model_fields_set:
            self.score_calibration = "tail"
        if self.shape_high <= self.shape_low:
            raise ValueError(
                f"match.detect.shape_high ({self.shape_high}) must be above shape_low ({self.shape_low})"
            )
        return self


class MatchConfig(_Model):
    """Matching: models, devices, thresholds and batching."""

    device: Literal["auto", "cpu", "cuda"] = "auto"
    min_score: float = 0.05  # 0..1, checked by run_match (a --min-score override is a one-line error)
    batch_size: int = Field(32, ge=1)
    image_size: int = Field(512, ge=64, le=4096)
    ocr: bool = True
    ocr_scope: Literal["image", "window"] = "image"  # read the whole image, or a crop by a wordmark window
    partition_rows: int = Field(1000, ge=1)
    # beyond this many brands, correlate only the lookup's best (index.py; 32 vs 64 measured there)
    brand_shortlist: int = Field(32, ge=1)
    # a second tier: the lookup's next brand_rescue brands are correlated too, and kept only where one of their
    # marks peaks at calibrated probability >= brand_rescue_min_p (index.py; measured there)
    brand_rescue: int = Field(32, ge=0)
    brand_rescue_min_p: float = Field(0.85, gt=0.0, le=1.0)
    seed: int = 0
    fusion: FusionConfig = Field(default_factory=FusionConfig)
    detect: DetectConfig = Field(default_factory=DetectConfig)


class ClusterConfig(_Model):
    """Where matching runs: a LocalCluster by default, or an existing scheduler."""

    scheduler: str | None = None
    n_workers: int | None = None
    threads_per_worker: int = 1
    memory_limit: str = "auto"
    gpu: Literal["auto", "off", "on"] = "auto"
    dashboard: bool = True
    # auto: scheduler if set, else local; or any cluster class by import path ("dask_jobqueue:PBSCluster"),
    # built with `options` as keyword arguments and scaled to `jobs`
    kind: str = Field("auto", pattern=r"^(auto|local|slurm|kubernetes|[A-Za-z_][\w.]*:[A-Za-z_]\w*)$")
    jobs: int | None = None  # SLURM jobs / Kubernetes worker pods to start (None: 1)
    options: dict[str, Any] = Field(default_factory=dict)  # keyword arguments for SLURMCluster/KubeCluster
    # glibc's M_TRIM_THRESHOLD (bytes) for the worker processes knockoff starts itself (LocalCluster,
    # LocalCUDACluster); None leaves glibc's adaptive default. Dask's nanny sets 65536, which also fixes glibc's
    # mmap threshold, so each large numpy array is mapped and unmapped again: 42 % more CPU per image on the
    # demo shop's photos (cluster/client.py `worker_environ`; benchmarks/RESULTS.md, "Worker memory allocator")
    malloc_trim_threshold: int | None = Field(None, ge=0)


class DeliverConfig(_Model):
    """Per-brand deliverables."""

    top_k: int = Field(200, ge=1)
    min_score: float = Field(0.2, ge=0.0, le=1.0)
    thumbnails: bool = True
    # per-brand files, by writer name (jobs.delivery.writers: csv, parquet, html) or "module:attr"
    outputs: list[str] = Field(default_factory=lambda: ["csv", "parquet", "html"], min_length=1)


class NetworksConfig(_Model):
    """Seller networks (matching/networks.py): what links two seller accounts, and how strongly."""

    enabled: bool = True
    phash_radius: int = Field(8, ge=0, le=9)  # bits of 256 for a near-duplicate photo
    max_df: int = Field(30, ge=2)  # a photo/contact/text shared by more accounts is stock: ignored
    strong_df: int = Field(4, ge=1)  # beyond this many accounts a value's weight shrinks as strong_df/df
    photo_weight: float = Field(0.6, ge=0.0)  # per distinct shared photo (photos add up to 1.0)
    contact_weight: float = Field(1.0, ge=0.0)
    name_weight: float = Field(0.6, ge=0.0)
    text_weight: float = Field(0.5, ge=0.0)
    official_weight: float = Field(0.3, ge=0.0)  # a brand's official photo is weak evidence
    threshold: float = Field(1.0, gt=0.0)  # summed best link per family needed to join two accounts
    name_min_ratio: float = Field(90.0, ge=0.0, le=100.0)
    text_min_ratio: float = Field(92.0, ge=0.0, le=100.0)
    phone_region: str | None = None  # ISO country for numbers written without +CC (e.g. "DE")
    # rank: score += rank_boost * (1 - score) for a listing whose network holds confirmed fakes
    rank_boost: float = Field(0.25, ge=0.0, le=1.0)
    # the linking state grows by one part a night; past this many parts a night rewrites it as one
    compact_after: int = Field(8, ge=1)


class KnockoffConfig(_Model):
    """Everything a night needs (the content of knockoff.yaml)."""

    lake: PathStr = "lake"
    brands: PathStr = "brands.yaml"
    sites: list[SiteConfig] = Field(default_factory=list)
    sites_file: PathStr | None = None
    runs: PathStr | None = None
    crawl: CrawlConfig = Field(default_factory=CrawlConfig)
    match: MatchConfig = Field(default_factory=MatchConfig)
    cluster: ClusterConfig = Field(default_factory=ClusterConfig)
    deliver: DeliverConfig = Field(default_factory=DeliverConfig)
    networks: NetworksConfig = Field(default_factory=NetworksConfig)

    def config_hash(self, sections: tuple[str, ...] | None = None) -> str:
        """Stable hash of the configuration (16 hex digits), recorded in run manifests; with `sections`, of
        those top-level sections only (`jobs.night.match.results_config_hash`)."""
        full = self.model_dump(mode="json")
        data = full if sections is None else {k: full[k] for k in sections}
        blob = json.dumps(data, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


_M = TypeVar("_M", bound=BaseModel)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        if v is None:
            continue
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def with_overrides(cfg: _M, overrides: dict[str, Any], source: str = "option") -> _M:
    """A validated copy of `cfg` (KnockoffConfig or any section) with nested `overrides` applied.

    None values are skipped. For command-line options:
    `with_overrides(cfg, {"deliver": {"top_k": args.top_k}})`. Unlike `model_copy(update=...)`,
    every value is validated; a bad one raises a one-line ConfigError.
    """
    try:
        return type(cfg).model_validate(_merge(cfg.model_dump(), overrides))
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(x) for x in err["loc"]) or "(top level)"
        raise ConfigError(f"{source} {where}: {err['msg']}") from exc


# libyaml's safe loader where PyYAML was built with it: the same safe schema, about 10x faster (a 1,000-brand
# brands.yaml in about 0.06 s instead of 0.66 s)
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: str | Path) -> Any:
    """Read a YAML file or raise a one-line ConfigError."""
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: file not found")
    try:
        return yaml.load(p.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"{p}: not valid YAML ({first})") from exc


def _validation_message(path: Path, exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"]) or "(top level)"
    return f"{path}: {where}: {err['msg']}"


def _resolve(base: Path, value: str | None) -> str | None:
    if value is None or "://" in value:
        return value
    p = Path(value).expanduser()
    return str(p if p.is_absolute() else (base / p).resolve())


def _path_mark(field: Any) -> _PathMark | None:
    """The field's `_PathMark`: in its metadata (`PathStr`) or inside its union (`PathStr | None`)."""
    found = [m for m in field.metadata if isinstance(m, _PathMark)]
    for arg in get_args(field.annotation):
        if get_origin(arg) is Annotated:
            found += [m for m in get_args(arg)[1:] if isinstance(m, _PathMark)]
    return found[0] if found else None


def resolve_paths(model: BaseModel, base: Path) -> None:
    """Resolve, in place, every relative path field (`PathStr`, `CommandStr`) of `model` and of the
    models inside it (sections, lists of them) against the folder `base`."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        mark = _path_mark(field)
        if mark is not None and isinstance(value, str) and value:
            if not (mark.command and "/" not in value):  # a bare program name: looked up on PATH
                setattr(model, name, _resolve(base, value))
        elif isinstance(value, BaseModel):
            resolve_paths(value, base)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    resolve_paths(item, base)


def load_sites(path: str | Path) -> list[SiteConfig]:
    """Load `sites.yaml` (a list under `sites:`)."""
    p = Path(path)
    data = read_yaml(p)
    if not isinstance(data, dict) or not isinstance(data.get("sites"), list):
        raise ConfigError(f"{p}: expected a mapping with a 'sites' list")
    try:
        return [SiteConfig.model_validate(s) for s in data["sites"]]
    except ValidationError as exc:
        raise ConfigError(_validation_message(p, exc)) from exc


def load_config(path: str | Path) -> KnockoffConfig:
    """Load knockoff.yaml; relative paths are resolved against its folder."""
    p = Path(path)
    data = read_yaml(p) or {}
    if not isinstance(data, dict):
        raise ConfigError(f"{p}: expected a mapping at the top level")
    try:
        cfg = KnockoffConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_validation_message(p, exc)) from exc
    resolve_paths(cfg, p.resolve().parent)
    if cfg.sites_file:
        cfg.sites = [*cfg.sites, *load_sites(cfg.sites_file)]
    return cfg
