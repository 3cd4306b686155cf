"""Soak benchmark (JSON lines): Play for 10 minutes in a headless training process; steps per
second (wall and per CPU-second of the training process) and its memory, per minute, and the
last minute against the first.

Run: ``python bench/soak.py [--seconds 600]``. The goal: flat within 10 % (speed per
CPU-second and resident memory), the timeline and the loss history being bounded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from session.soak import soak, window_rates  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=600.0)
    args = parser.parse_args()
    samples = soak(args.seconds, every=1.0)
    span = 60.0 if args.seconds >= 180 else args.seconds / 3
    t = 5.0  # skip the first seconds (imports, first evaluations)
    rows = []
    while t + span <= args.seconds + 1e-9:
        r = window_rates(samples, t, t + span)
        rows.append(r)
        print(json.dumps({"from_s": t, "to_s": t + span, **{k: round(v, 2) for k, v in r.items()}}))
        t += span
    first, last = rows[0], rows[-1]
    print(
        json.dumps(
            {
                "case": "soak",
                "seconds": args.seconds,
                "speed_last_over_first_wall": round(
                    last["steps_per_second"] / first["steps_per_second"], 3
                ),
                "speed_last_over_first_cpu": round(
                    last["steps_per_cpu_second"] / first["steps_per_cpu_second"], 3
                ),
                "rss_last_over_first": round(last["rss_mb"] / first["rss_mb"], 3),
                "rss_first_mb": round(first["rss_mb"], 1),
                "rss_last_mb": round(last["rss_mb"], 1),
            }
        )
    )


if __name__ == "__main__":
    main()
