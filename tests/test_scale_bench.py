"""The scale benchmark's build-path report (python -m bench --ray): the table of both build paths and
the 10^7-chunk estimate from the measured per-core rate (pure functions, no Ray started here; the
Ray build itself is tested in tests/test_scale_ray.py)."""

from bench.report import RAY_CALL_SECONDS, SERIAL_SECONDS_PER_CHUNK, build_paths_table, ray_estimate
from qa.index.ray_build import TEXTS_PER_CALL


def _build(path, cores, seconds, per_s, difference=None):
    return {"embedder": "use-multilingual-v3", "build_path": path, "cores_used": cores, "build_seconds": seconds,
            "throughput_chunks_per_s": {"total": 10_000 / seconds}, "max_vector_difference": difference,
            "chunk_embedding": {"texts": 10_000, "seconds": 10_000 / per_s, "per_s": per_s,
                                "per_s_per_core": per_s / cores}}


RESULTS = {"sizes": [{"size": 10_000, "build": _build("local", 2, 250.0, 100.0),
                      "ray_build": _build("ray", 2, 200.0, 120.0, 2e-7)}]}


def test_the_estimate_divides_the_embedding_by_every_core_and_adds_the_serial_part():
    estimate = ray_estimate(RESULTS, chunks=10_000_000, machines=(1, 10), cores_per_machine=2)
    assert estimate["per_core_chunks_per_s"] == 60.0 and estimate["measured_at"] == 10_000
    start_ups = 39 * RAY_CALL_SECONDS / 3600  # 10^7 texts in calls of 262,144
    embed_1 = 10_000_000 / (60.0 * 2) / 3600
    assert estimate["hours"][1][0] == round(embed_1 + start_ups, 2)
    assert estimate["hours"][10][0] == round(embed_1 / 10 + start_ups, 2)
    serial_hours = SERIAL_SECONDS_PER_CHUNK * 10_000_000 / 3600
    assert abs(estimate["hours"][10][1] - (embed_1 / 10 + start_ups + serial_hours)) < 0.01
    assert ray_estimate({"sizes": [{"size": 1, "build": RESULTS["sizes"][0]["build"]}]}) == {}


def test_the_estimate_uses_the_ray_builds_call_size():
    from bench.report import RAY_TEXTS_PER_CALL

    assert RAY_TEXTS_PER_CALL == TEXTS_PER_CALL


def test_the_table_shows_both_build_paths_and_the_estimate():
    results = {**RESULTS, "ray_estimate": ray_estimate(RESULTS)}
    table = build_paths_table(results)
    assert "| 10^4 | use-multilingual-v3 | one process | 2 | 250.0 | 40.0 | 100.0 | 50.0 | – |" in table
    assert "| 10^4 | use-multilingual-v3 | Ray Data | 2 | 200.0 | 50.0 | 120.0 | 60.0 | 2.0e-07 |" in table
    assert "10^7 chunks at 60.0 chunks/s per core" in table and "| 64 |" in table
