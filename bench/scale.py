"""One size of the scale benchmark, run in its own process so that its peak memory is its own.

Usage (bench/__main__.py runs these; by hand only to rerun one step)::

    python -m bench.scale build --size 100000 --index DIR --out build.json [--seed 0] [--embedder NAME]
                                [--ray-cpus 2 --compare LOCAL_INDEX_DIR]
    python -m bench.scale serve --index DIR --out serve.json [--repeat 2] [--queries 202]
    python -m bench.scale throughput --out use.json [--texts 2000]

- build: generate the synthetic corpus (bench/synthetic.py), build the index with per-step times
  (chunking, lexical, embedding, dense index), save it, then measure a rebuild's re-embedding of the
  unchanged corpus (vector cache by text hash: nothing is embedded); size on disk; peak RSS. With
  ``--ray-cpus N`` the texts are embedded on Ray Data (N workers, one core each) instead, and the
  chunk-embedding rate per core is what README "Larger deployments" extrapolates to 10^7 chunks.
- serve: cold start in this fresh process (imports, load index, embedder, first answer), then the
  QA-set questions searched and asked warm (p50/p95), dense recall@10/@50 of the index against
  exact search on the same questions, peak RSS (including memory-mapped pages the queries touched).
- throughput: the real default embedder's texts/s on synthetic chunks and sentences, to extrapolate
  the build time of sizes indexed with the stand-in embedder.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

T_START = time.perf_counter()

ROOT = Path(__file__).resolve().parent.parent
QA_SET = ROOT / "eval" / "qa_set.jsonl"


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_parts_mb() -> dict:
    """Current resident memory split into anonymous (heap, arrays) and file-backed (memory-mapped
    index files, which the kernel can drop and re-read) parts, in MiB."""
    parts = {}
    try:
        with open("/proc/self/status", encoding="utf-8") as fh:
            for line in fh:
                key = line.split(":")[0]
                if key in ("RssAnon", "RssFile"):
                    parts[key] = round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return parts


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).rglob("*") if p.is_file())


def _pct(values: list[float]) -> dict:
    from qa.evaluation import percentiles  # imported when measuring: the cold-start clock must not include it

    return {**percentiles(values, digits=3), "n": len(values)}


class TimedEmbedder:
    """An embedder that records (texts, seconds) of every ``embed_passages`` call: a build embeds its
    chunks in the first call(s) and its sentences after, so the chunk rate is measured on its own."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.calls = inner, inner.name, inner.dim, []

    def embed_passages(self, texts, progress=None):
        t = time.perf_counter()
        out = self.inner.embed_passages(texts, progress=progress)
        self.calls.append((len(texts), time.perf_counter() - t))
        return out

    def embed_query(self, text):
        return self.inner.embed_query(text)


def _cores_used(embedder_name: str, ray_cpus: int | None) -> int:
    """Cores the embedding runs on: the Ray workers, else the default model's BLAS threads (one for
    the numpy stand-in)."""
    from qa.embedders import USE_NAME

    if ray_cpus:
        return ray_cpus
    return min(4, os.cpu_count() or 1) if embedder_name == USE_NAME else 1


def build(size: int, index_dir: Path, seed: int, embedder_name: str, quiet: bool = False,
          ray_cpus: int | None = None, compare: Path | None = None) -> dict:
    """Build and save one synthetic index; with ``ray_cpus`` the texts are embedded on a local Ray of
    that many workers (qa/index/ray_build.py); ``compare``: an index of the same corpus whose vectors
    this build's must equal (max difference reported)."""
    from tqdm import tqdm

    from qa.config import Settings
    from qa.embedders import get_embedder
    from qa.index import build_index, embed_cached, load_index, save_index, vector_cache, write_lock

    from .synthetic import SyntheticCorpus

    settings = Settings(embedder=embedder_name)
    t0 = time.perf_counter()
    documents = SyntheticCorpus(seed=seed, settings=settings).documents(size)
    generate = time.perf_counter() - t0
    n_documents = len(documents)
    ray_start = None
    if ray_cpus:
        from qa.index.ray_build import RayEmbedder

        t0 = time.perf_counter()
        distributed = RayEmbedder(embedder_name, num_cpus=ray_cpus, workers=ray_cpus)
        distributed.connect()  # Ray's start-up is reported apart; each embedding call starts its workers (timed)
        ray_start = time.perf_counter() - t0
        embedder = TimedEmbedder(distributed)
    else:
        embedder = TimedEmbedder(get_embedder(embedder_name))
        embedder.inner.embed_passages(["预热"])  # load the model before the clock starts
    bar = None

    def on_total(n):
        nonlocal bar
        bar = tqdm(total=n, desc=f"{size:,} chunks: embedding", unit="text", file=sys.stderr, disable=quiet,
                   mininterval=2.0)

    timings: dict = {}
    t0 = time.perf_counter()
    index = build_index(documents, settings, embedder, progress=lambda n: bar.update(n) if bar else None,
                        on_total=on_total, timings=timings)
    if bar:
        bar.close()
    del documents
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    with write_lock(index_dir):
        save_index(index, index_dir)
    saved = time.perf_counter() - t0
    n = len(index.chunks)
    n_sentences = int(index.manifest.get("sentence_vectors", 0))
    embedded_texts = n + n_sentences
    dense = index.manifest.get("dense", {})
    del index

    # A rebuild of the unchanged corpus: every vector comes from the cache, nothing is embedded.
    previous = load_index(index_dir)
    t0 = time.perf_counter()
    texts = previous.store.texts()
    _, reused = embed_cached(texts, embedder, vector_cache(previous))
    rebuild_embed = time.perf_counter() - t0
    del texts
    difference = None
    if compare is not None:
        import numpy as np

        other = load_index(compare)
        difference = float(np.abs(np.asarray(previous.vectors) - np.asarray(other.vectors)).max())
        if previous.has_sentence_vectors and other.has_sentence_vectors:
            difference = max(difference, float(np.abs(np.asarray(previous.sentence_vectors)
                                                      - np.asarray(other.sentence_vectors)).max()))
    del previous
    if ray_cpus:
        embedder.inner.close()

    seconds = dict(timings)
    cores = _cores_used(embedder_name, ray_cpus)
    chunk_texts, chunk_seconds = 0, 0.0
    for texts_in_call, call_seconds in embedder.calls:  # the chunks come first, then the sentences
        if chunk_texts + texts_in_call > n:
            break
        chunk_texts, chunk_seconds = chunk_texts + texts_in_call, chunk_seconds + call_seconds
    return {
        "build_path": "ray" if ray_cpus else "local", "cores_used": cores,
        "ray_start_seconds": None if ray_start is None else round(ray_start, 3),
        "max_vector_difference": difference,
        "chunk_embedding": {"texts": chunk_texts, "seconds": round(chunk_seconds, 3),
                            "per_s": round(chunk_texts / max(chunk_seconds, 1e-9), 1),
                            "per_s_per_core": round(chunk_texts / max(chunk_seconds, 1e-9) / cores, 1)},
        "size": n, "seed": seed, "embedder": embedder_name, "documents": n_documents,
        "sentence_vectors": n_sentences, "dense": dense,
        "generate_seconds": round(generate, 3), "build_seconds": round(built, 3), "save_seconds": round(saved, 3),
        "step_seconds": seconds,
        "throughput_chunks_per_s": {
            "total": round(n / max(built, 1e-9), 1),
            "embedder": round(n / max(seconds.get("embed", 0.0), 1e-9), 1),
            "embedder_texts": round(embedded_texts / max(seconds.get("embed", 0.0), 1e-9), 1),
            "lexical": round(n / max(seconds.get("lexical", 0.0), 1e-9), 1),
            "faiss": round(n / max(seconds.get("dense", 0.0), 1e-9), 1) if seconds.get("dense", 0.0) > 0.01 else None,
            "chunking": round(n / max(seconds.get("chunk", 0.0), 1e-9), 1),
        },
        "embedded_texts": embedded_texts,
        "rebuild_unchanged": {"chunk_texts": n, "embedded": n - reused, "seconds": round(rebuild_embed, 3)},
        "index_bytes": folder_bytes(index_dir),
        "peak_rss_mb": peak_rss_mb(),
    }


def serve(index_dir: Path, repeat: int, queries: int, warm_passes: int = 1) -> dict:
    """Cold start, warm latency and dense recall over ``index_dir`` (in this fresh process)."""
    t_imports = time.perf_counter()
    import numpy as np

    from qa.dense import exact_search, recall_at_k
    from qa.evaluation import load_qa_set
    from qa.index import load_index
    from qa.service import Engine

    t0 = time.perf_counter()
    index = load_index(index_dir)
    t_load = time.perf_counter()
    engine = Engine(index_dir, index=index, warm_up=True)  # the model loads and the first question is answered
    retriever, answerer = engine.retriever, engine.answerer
    t_ready = time.perf_counter()
    cold = {"total_seconds": round(t_ready - T_START, 3), "imports_seconds": round(t0 - t_imports, 3),
            "load_index_seconds": round(t_load - t0, 3), "model_and_first_answer_seconds": round(t_ready - t_load, 3)}
    rss_after_load = peak_rss_mb()

    questions = [item.question for item in load_qa_set(QA_SET)][:queries]
    for _ in range(warm_passes):
        for q in questions:
            retriever.search(q, top_k=5)
    search_ms, ask_ms, embed_ms = [], [], []
    for _ in range(repeat):
        for q in questions:
            t = time.perf_counter()
            result = retriever.search(q, top_k=5)
            search_ms.append((time.perf_counter() - t) * 1000)
            embed_ms.append(result.timings_ms.get("embed", 0.0))
            t = time.perf_counter()
            answerer.ask(q)
            ask_ms.append((time.perf_counter() - t) * 1000)

    serve_peak = peak_rss_mb()  # before the recall check below scans every vector
    serve_parts = rss_parts_mb()
    vectors = np.stack([retriever.embedder.embed_query(retriever.analyse(q).text) for q in questions])
    recall = {"kind": index.dense.kind, "params": {k: v for k, v in index.dense.params.items()}}
    if index.dense.kind != "flat":
        t = time.perf_counter()
        for k in (10, 50):
            _, exact = exact_search(index.vectors, vectors, k)
            _, approx = index.dense.search_many(vectors, k)
            recall[f"recall_at_{k}"] = round(recall_at_k(exact, approx, k), 4)
        recall["seconds"] = round(time.perf_counter() - t, 3)
        dense_ms = []
        for v in vectors:
            t = time.perf_counter()
            index.dense_search(v, 50)
            dense_ms.append((time.perf_counter() - t) * 1000)
        recall["search_ms"] = _pct(dense_ms)
    else:
        recall["recall_at_10"] = recall["recall_at_50"] = 1.0
    return {"size": len(index.chunks), "cold_start": cold, "search_ms": _pct(search_ms), "ask_ms": _pct(ask_ms),
            "query_embed_ms": _pct(embed_ms), "dense": recall, "peak_rss_mb": serve_peak,
            "peak_rss_with_recall_check_mb": peak_rss_mb(), "rss_after_queries_mb": serve_parts,
            "rss_after_load_mb": rss_after_load, "questions": len(questions), "repeat": repeat}


def throughput(texts_per_kind: int, seed: int = 0) -> dict:
    """Texts/s of the default embedder on synthetic chunks and on their sentences."""
    from qa.config import DEFAULT_EMBEDDER, Settings
    from qa.chunking import chunk_document
    from qa.embedders import get_embedder

    from .synthetic import SyntheticCorpus

    documents = SyntheticCorpus(seed=seed + 1).documents(texts_per_kind)
    chunks = [c for d in documents for c in chunk_document(d)]
    sentences = [s for c in chunks for s in c.sentence_texts()][:texts_per_kind]
    embedder = get_embedder(Settings().embedder)
    embedder.embed_passages(["预热"])
    out = {"embedder": DEFAULT_EMBEDDER}
    for kind, texts in (("chunks", [c.text for c in chunks]), ("sentences", sentences)):
        t = time.perf_counter()
        embedder.embed_passages(texts)
        out[f"{kind}_per_s"] = round(len(texts) / (time.perf_counter() - t), 1)
        out[f"{kind}_measured"] = len(texts)
    # What a query costs with the real model: its own vector, and (large indexes, no stored sentence
    # vectors) the ~15 sentences of the top 5 chunks that the answerer embeds.
    query_ms, batch_ms = [], []
    for i in range(40):
        t = time.perf_counter()
        embedder.embed_query(sentences[i][:20])
        query_ms.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        embedder.embed_passages(sentences[15 * i:15 * i + 15])
        batch_ms.append((time.perf_counter() - t) * 1000)
    out["query_ms"] = _pct(query_ms)
    out["fifteen_sentences_ms"] = _pct(batch_ms)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("--size", type=int, required=True)
    b.add_argument("--index", type=Path, required=True)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--embedder", default="use-multilingual-v3")
    b.add_argument("--quiet", action="store_true")
    b.add_argument("--ray-cpus", type=int, default=None, help="embed on a local Ray of this many workers")
    b.add_argument("--compare", type=Path, default=None, help="an index whose vectors this build's must equal")
    s = sub.add_parser("serve")
    s.add_argument("--index", type=Path, required=True)
    s.add_argument("--repeat", type=int, default=2)
    s.add_argument("--queries", type=int, default=1000)
    t = sub.add_parser("throughput")
    t.add_argument("--texts", type=int, default=2000)
    for p in (b, s, t):
        p.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    if args.cmd == "build":
        result = build(args.size, args.index, args.seed, args.embedder, args.quiet, args.ray_cpus, args.compare)
    elif args.cmd == "serve":
        result = serve(args.index, args.repeat, args.queries)
    else:
        result = throughput(args.texts)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
