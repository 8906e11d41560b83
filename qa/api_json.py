"""The JSON documents of the contracts (docs/architecture.md, "Contracts"): what ``qa ask|search|
check|docs --json`` print and what the HTTP API's ``/api/*`` routes return — one builder per command,
shared by qa/cli.py and qa/api.py so the two never drift. Pure: no I/O but reading the manifest.

>>> search_json(type("R", (), {"hits": []})())
[]
"""

from __future__ import annotations

from pathlib import Path

from .index import read_manifest


def ask_json(answer) -> dict:
    """``qa ask --json`` / ``POST /api/ask``: the Answer's contract dict (answering.Answer.to_dict)."""
    return answer.to_dict()


def search_json(result) -> list[dict]:
    """``qa search --json`` / ``GET /api/search``: ``[{"chunk_id", "doc", "section", "text", "score"}]``, best first."""
    return [hit.to_dict() for hit in result.hits]


def check_json(verdicts) -> list[dict]:
    """``qa check --json`` / ``POST /api/check``: one verdict dict per claim sentence."""
    return [verdict.to_dict() for verdict in verdicts]


def docs_json(index_dir: Path | str) -> list[dict]:
    """``qa docs --json`` / ``GET /api/docs``: the indexed documents as the manifest records them."""
    return read_manifest(index_dir).get("documents", [])
