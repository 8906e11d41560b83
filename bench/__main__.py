"""Scale benchmark: from one report to a million chunks.

Usage::

    python -m bench --sizes 1000,10000,100000,1000000 --out bench/results/scale     # make bench
    python -m bench --sizes 1000 --out /tmp/smoke --repeat 1 --queries 20           # the smoke test
    python -m bench --sizes 10000 --ray                                             # local vs Ray build

For every size, in fresh processes (bench/scale.py): a synthetic corpus of exactly that many chunks
(bench/synthetic.py, reproducible from ``--seed``) is indexed and saved, then loaded cold and queried
warm with the QA-set questions. Written to ``--out``: ``results.json`` (everything, per size and
step), ``scale.png`` (latency and memory vs size) and ``results.md`` (the table); the table is also
printed.

Embedder: the real default (use-multilingual-v3) up to ``--real-max`` chunks; above, the
deterministic stand-in ``hashed-ngrams-512`` (same dimension; qa/embedders.py), because the real
model embeds ~500 texts/s on 2 cores. Its measured throughput on synthetic chunks and the
extrapolated full build time are reported beside those sizes. ``--embedder`` forces one for all.

``--ray``: every size is also built with its texts embedded on Ray Data (a local Ray of
``--ray-cpus`` workers, one core each; qa/index/ray_build.py), checked to give the same vectors, and
the chunks/s of both build paths are reported (``results.md``, "Build paths"), with the per-core
chunk-embedding rate and what it means for 10^7 chunks on a cluster (``ray_estimate``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .report import build_paths_table, markdown_table, plot, ray_estimate

ROOT = Path(__file__).resolve().parent.parent
REAL = "use-multilingual-v3"
STANDIN = "hashed-ngrams-512"


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(float(s)) for s in text.split(",") if s.strip()]
    except ValueError:
        raise SystemExit(f"--sizes {text!r}: give comma-separated chunk counts, e.g. 1000,10000") from None
    if not sizes or min(sizes) < 1:
        raise SystemExit(f"--sizes {text!r}: every size must be at least 1")
    return sizes


def _run(args: list[str], log: Path) -> None:
    """Run one benchmark step in a fresh Python process; its stderr (progress bars) goes to the terminal."""
    cmd = [sys.executable, "-m", "bench.scale", *args]
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(" ".join(cmd) + "\n")
    subprocess.run(cmd, check=True, cwd=ROOT)


def _machine() -> dict:
    memory = None
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            memory = round(int(fh.readline().split()[1]) / 2 ** 20, 1)
    except OSError:
        pass
    return {"python": platform.python_version(), "cpu": platform.processor() or platform.machine(),
            "cores": os.cpu_count(), "memory_gb": memory, "load_average_at_start": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000,1000000", help="comma-separated chunk counts")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "scale")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    parser.add_argument("--real-max", type=int, default=10_000,
                        help=f"largest size embedded with the real model {REAL} (above: {STANDIN})")
    parser.add_argument("--embedder", default=None, help="one embedder for every size (overrides --real-max)")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the questions per measurement")
    parser.add_argument("--queries", type=int, default=1000, help="at most this many QA-set questions")
    parser.add_argument("--throughput-texts", type=int, default=2000,
                        help=f"texts to time {REAL} on when a size uses the stand-in (0: skip)")
    parser.add_argument("--keep-indexes", action="store_true", help="keep the built indexes under --out")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--ray", action="store_true", help="also build every size on Ray Data and compare chunks/s")
    parser.add_argument("--ray-cpus", type=int, default=os.cpu_count() or 1,
                        help="workers of the local Ray for --ray (default: every core)")
    args = parser.parse_args(argv)
    sizes = _sizes(args.sizes)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    log = out / "commands.log"
    log.write_text("", encoding="utf-8")
    t0 = time.perf_counter()
    results: dict = {"machine": _machine(), "seed": args.seed, "sizes": [],
                     "standin_embedder": STANDIN, "real_embedder": REAL}

    choices = {n: args.embedder or (REAL if n <= args.real_max else STANDIN) for n in sizes}
    if any(e != REAL for e in choices.values()) and args.throughput_texts > 0:
        print(f"measuring {REAL} throughput on synthetic text ...", file=sys.stderr)
        _run(["throughput", "--texts", str(args.throughput_texts), "--out", str(out / "real-throughput.json")], log)
        results["real_embedder_throughput"] = json.loads((out / "real-throughput.json").read_text(encoding="utf-8"))

    for n in sizes:
        index_dir = out / f"index-{n}"
        shutil.rmtree(index_dir, ignore_errors=True)
        print(f"== {n:,} chunks ({choices[n]}) ==", file=sys.stderr)
        build_json, serve_json = out / f"build-{n}.json", out / f"serve-{n}.json"
        _run(["build", "--size", str(n), "--index", str(index_dir), "--seed", str(args.seed),
              "--embedder", choices[n], "--out", str(build_json)] + (["--quiet"] if args.quiet else []), log)
        _run(["serve", "--index", str(index_dir), "--repeat", str(args.repeat), "--queries", str(args.queries),
              "--out", str(serve_json)], log)
        row = {"size": n, "embedder": choices[n],
               "build": json.loads(build_json.read_text(encoding="utf-8")),
               "serve": json.loads(serve_json.read_text(encoding="utf-8"))}
        throughput = results.get("real_embedder_throughput")
        if choices[n] != REAL and throughput:
            b = row["build"]
            real_embed = n / throughput["chunks_per_s"] + b["sentence_vectors"] / throughput["sentences_per_s"]
            row["real_embed_seconds_extrapolated"] = round(real_embed, 1)
            row["extrapolated_real_build_seconds"] = round(b["build_seconds"] - b["step_seconds"].get("embed", 0.0)
                                                           + real_embed, 1)
        if args.ray:
            ray_dir, ray_json = out / f"index-{n}-ray", out / f"build-{n}-ray.json"
            shutil.rmtree(ray_dir, ignore_errors=True)
            print(f"== {n:,} chunks ({choices[n]}), embedded on Ray ({args.ray_cpus} workers) ==", file=sys.stderr)
            _run(["build", "--size", str(n), "--index", str(ray_dir), "--seed", str(args.seed), "--embedder",
                  choices[n], "--out", str(ray_json), "--ray-cpus", str(args.ray_cpus), "--compare", str(index_dir)]
                 + (["--quiet"] if args.quiet else []), log)
            row["ray_build"] = json.loads(ray_json.read_text(encoding="utf-8"))
            ray_json.unlink()
            if not args.keep_indexes:
                shutil.rmtree(ray_dir, ignore_errors=True)
            print(f"   build: local {row['build']['build_seconds']:.1f} s, Ray {row['ray_build']['build_seconds']:.1f} s; "
                  f"max vector difference {row['ray_build']['max_vector_difference']:.1e}", file=sys.stderr)
        results["sizes"].append(row)
        if not args.keep_indexes:
            shutil.rmtree(index_dir, ignore_errors=True)
        build_json.unlink()
        serve_json.unlink()
        print(f"   build {row['build']['build_seconds']:.1f} s, search p50 {row['serve']['search_ms']['p50']:.1f} ms, "
              f"ask p50 {row['serve']['ask_ms']['p50']:.1f} ms, recall@10 {row['serve']['dense']['recall_at_10']:.3f}",
              file=sys.stderr)

    largest = max(results["sizes"], key=lambda r: r["size"])
    peak_gb = max(largest["build"]["peak_rss_mb"], largest["serve"]["peak_rss_mb"]) / 1024
    results["largest"] = {
        "size": largest["size"], "search_p50_ms": largest["serve"]["search_ms"]["p50"],
        "ask_p50_ms": largest["serve"]["ask_ms"]["p50"], "recall_at_10": largest["serve"]["dense"]["recall_at_10"],
        "peak_memory_gb": round(peak_gb, 2),
    }
    if args.ray:
        results["ray_estimate"] = ray_estimate(results)
    results["total_seconds"] = round(time.perf_counter() - t0, 1)
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    table = markdown_table(results)
    if args.ray:
        table += "\n\n" + build_paths_table(results)
    (out / "results.md").write_text(table + "\n", encoding="utf-8")
    plot(results, out / "scale.png")
    print(table)
    print(f"(results in {out}: results.json, results.md, scale.png; {results['total_seconds']:.0f} s)")
    return results


if __name__ == "__main__":
    main()
