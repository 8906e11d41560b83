"""Results of the scale benchmark as a Markdown table and a PNG plot (latency and memory vs size)."""

from __future__ import annotations

from pathlib import Path

GB = 1024.0  # MiB per GiB


def _fmt_size(n: int) -> str:
    exponent = len(str(n)) - 1
    return f"10^{exponent}" if n == 10 ** exponent else f"{n:,}"


def markdown_table(results: dict) -> str:
    """One row per size: build, throughput, disk, memory, cold start, latency, recall."""
    lines = [
        "| chunks | embedder | build (s) | chunks/s: embed / lexical / FAISS | index on disk | peak RAM build / serve "
        "| cold start (s) | search p50 / p95 (ms) | ask p50 / p95 (ms) | dense index | recall@10 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in results["sizes"]:
        b, s = row["build"], row["serve"]
        t = b["throughput_chunks_per_s"]
        faiss = f"{t['faiss']:,.0f}" if t.get("faiss") else "–"
        dense = s["dense"]
        kind = "exact (flat)" if dense["kind"] == "flat" else \
            f"IVF{dense['params']['nlist']},SQ8 nprobe {dense['params']['nprobe']}"
        build = f"{b['build_seconds']:,.0f}"
        if row.get("extrapolated_real_build_seconds"):
            build += f" (real model: ~{row['extrapolated_real_build_seconds']:,.0f})"
        lines.append(
            f"| {_fmt_size(row['size'])} | {b['embedder']} | {build} | {t['embedder']:,.0f} / {t['lexical']:,.0f} / {faiss} "
            f"| {b['index_bytes'] / 2 ** 30:.2f} GiB | {b['peak_rss_mb'] / GB:.2f} / {s['peak_rss_mb'] / GB:.2f} GiB "
            f"| {s['cold_start']['total_seconds']:.1f} | {s['search_ms']['p50']:.1f} / {s['search_ms']['p95']:.1f} "
            f"| {s['ask_ms']['p50']:.1f} / {s['ask_ms']['p95']:.1f} | {kind} | {dense['recall_at_10']:.3f} |")
    return "\n".join(lines)


def build_paths_table(results: dict) -> str:
    """Build paths (``--ray``): one process vs Ray Data, chunks/s of the whole build and of the chunk
    embedding, per core, and the 10^7-chunk estimate."""
    lines = ["Build paths",
             "",
             "| chunks | embedder | path | cores | build (s) | build chunks/s | chunk embedding chunks/s | per core "
             "| max vector difference |",
             "|---|---|---|---|---|---|---|---|---|"]
    for row in results["sizes"]:
        for b in (row["build"], row.get("ray_build")):
            if not b:
                continue
            e = b.get("chunk_embedding", {})
            diff = b.get("max_vector_difference")
            path = "Ray Data" if b.get("build_path") == "ray" else "one process"
            lines.append(f"| {_fmt_size(row['size'])} | {b['embedder']} | {path} | {b.get('cores_used', '?')} "
                         f"| {b['build_seconds']:,.1f} | {b['throughput_chunks_per_s']['total']:,.1f} "
                         f"| {e.get('per_s', 0):,.1f} | {e.get('per_s_per_core', 0):,.1f} "
                         f"| {'–' if diff is None else f'{diff:.1e}'} |")
    estimate = results.get("ray_estimate")
    if estimate:
        lines += ["", f"10^7 chunks at {estimate['per_core_chunks_per_s']:,.1f} chunks/s per core "
                      f"({estimate['cores_per_machine']} cores a machine; plus ~{estimate['serial_seconds']:,.0f} s of "
                      "driver work that does not spread, see README):", "",
                  "| machines | embedding (h) | whole build (h) |", "|---|---|---|"]
        for k, (embed, total) in estimate["hours"].items():
            lines.append(f"| {k} | {embed:,.1f} | {total:,.1f} |")
    return "\n".join(lines)


# Driver-side build work per chunk that Ray does not spread (chunking, BM25, dense index, saving),
# seconds per chunk measured at 10^6 chunks on this 2-core machine (README "Load and scale": 1,050 s
# build of which 29 s embedding with the stand-in model): what a 10^7 estimate adds to the embedding.
SERIAL_SECONDS_PER_CHUNK = (1_050 - 29) / 1_000_000
# Each embedding call of a Ray build starts its workers and loads their models: ~4 s measured on the
# shipped report (154 chunks, then 315 sentences, ~4 s each). A build makes one call per
# ray_build.TEXTS_PER_CALL texts.
RAY_CALL_SECONDS = 4.0
RAY_TEXTS_PER_CALL = 262_144


def ray_estimate(results: dict, chunks: int = 10_000_000, machines=(1, 4, 16, 64), cores_per_machine: int = 2) -> dict:
    """Hours to build ``chunks`` on K machines from the largest size's measured per-core rate of
    embedding chunks on Ray (above 50,000 chunks no sentence vectors are embedded, so the chunks are
    all the embedding): embedding = chunks / (rate x cores x K) + the workers' start-up per call,
    plus the serial driver work."""
    rows = [r for r in results["sizes"] if r.get("ray_build")]
    if not rows:
        return {}
    largest = max(rows, key=lambda r: r["size"])
    rate = largest["ray_build"]["chunk_embedding"]["per_s_per_core"]
    serial = SERIAL_SECONDS_PER_CHUNK * chunks
    start_ups = -(-chunks // RAY_TEXTS_PER_CALL) * RAY_CALL_SECONDS
    hours = {}
    for k in machines:
        embed = (chunks / max(rate * cores_per_machine * k, 1e-9) + start_ups) / 3600
        hours[k] = (round(embed, 2), round(embed + serial / 3600, 2))
    return {"chunks": chunks, "per_core_chunks_per_s": rate, "measured_at": largest["size"],
            "embedder": largest["ray_build"]["embedder"], "cores_per_machine": cores_per_machine,
            "serial_seconds": round(serial), "worker_start_seconds": start_ups, "hours": hours}


def plot(results: dict, path: Path) -> Path:
    """Warm latency (p50, p95) and peak memory against corpus size, log-log, in one PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = results["sizes"]
    sizes = [r["size"] for r in rows]
    fig, (lat, mem) = plt.subplots(1, 2, figsize=(11, 4.2))
    for key, label, style, color in (("search_ms", "search", "o-", "tab:blue"), ("ask_ms", "ask", "s-", "tab:orange")):
        lat.plot(sizes, [r["serve"][key]["p50"] for r in rows], style, color=color, label=f"{label} p50")
        lat.plot(sizes, [r["serve"][key]["p95"] for r in rows], style, color=color, alpha=0.35, label=f"{label} p95")
    lat.axhline(100, color="grey", ls=":", lw=1)
    lat.set(xscale="log", yscale="log", xlabel="chunks", ylabel="ms (warm)", title="Query latency")
    lat.legend(fontsize=8)
    mem.plot(sizes, [r["build"]["peak_rss_mb"] / GB for r in rows], "o-", label="build peak")
    mem.plot(sizes, [r["serve"]["peak_rss_mb"] / GB for r in rows], "s-", label="serve peak")
    mem.plot(sizes, [r["build"]["index_bytes"] / 2 ** 30 for r in rows], "^--", label="index on disk")
    mem.axhline(8, color="grey", ls=":", lw=1)
    mem.set(xscale="log", yscale="log", xlabel="chunks", ylabel="GiB", title="Memory and disk")
    mem.legend(fontsize=8)
    machine = results.get("machine", {})
    fig.suptitle(f"gov-report-qa at scale ({machine.get('cores', '?')} cores, {machine.get('memory_gb', '?')} GB RAM)",
                 fontsize=10)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
