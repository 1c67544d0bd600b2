"""Training and evaluation-data code: not part of the installed package.

The logo head (`training/train_head.py`, weights shipped in matching/weights/), the composite
synthesiser shared with the benchmarks (`training/synth.py`) and the train/held-out split of
../shared/data (`training/shared_data.py`). Run from the repository root, e.g.
`python -m training.train_head`.
"""
