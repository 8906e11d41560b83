"""MicroBatcher: concurrent single-item calls share batched calls; rows, errors and limits."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from qa.batching import MicroBatcher


def lengths(texts):
    return np.array([[len(t)] for t in texts])


def test_single_call_is_a_batch_of_one():
    batcher = MicroBatcher(lengths)
    assert batcher("沙湾").tolist() == [2]
    assert batcher.batch_sizes == [1]


def _run_concurrently(batcher, items, first_started: threading.Event, release: threading.Event):
    """Call ``batcher`` with items[0] first (it blocks inside the batch function until ``release``),
    then with the rest while it is blocked; results by item."""
    results, errors = {}, {}

    def call(item):
        try:
            results[item] = batcher(item)
        except Exception as exc:  # noqa: BLE001 - collected for the assertions
            errors[item] = exc

    first = threading.Thread(target=call, args=(items[0],))
    first.start()
    assert first_started.wait(5)
    others = [threading.Thread(target=call, args=(item,)) for item in items[1:]]
    for t in others:
        t.start()
    deadline = time.time() + 5
    while len(batcher._waiting) < len(items) - 1 and time.time() < deadline:
        time.sleep(0.005)
    release.set()
    for t in [first, *others]:
        t.join(5)
    return results, errors


def blocking_on_first_call(fn):
    """``fn`` whose first call waits for ``release``; the events are returned with it."""
    started, release = threading.Event(), threading.Event()
    calls = []

    def batch_fn(items):
        calls.append(list(items))
        if len(calls) == 1:
            started.set()
            assert release.wait(5)
        return fn(items)

    return batch_fn, started, release, calls


def test_waiting_callers_share_one_batch_and_each_gets_its_own_row():
    batch_fn, started, release, calls = blocking_on_first_call(lengths)
    batcher = MicroBatcher(batch_fn)
    items = ["一", "二二", "三三三", "四四四四", "五五五五五"]
    results, errors = _run_concurrently(batcher, items, started, release)
    assert not errors
    assert {k: v.tolist() for k, v in results.items()} == {t: [len(t)] for t in items}
    assert calls[0] == ["一"]
    assert sorted(calls[1]) == sorted(items[1:])  # the four waiting callers: one call, not four
    assert batcher.batch_sizes == [1, 4]


def test_max_batch_is_respected():
    batch_fn, started, release, calls = blocking_on_first_call(lengths)
    batcher = MicroBatcher(batch_fn, max_batch=2)
    items = ["a", "bb", "ccc", "dddd", "eeeee"]
    results, errors = _run_concurrently(batcher, items, started, release)
    assert not errors and len(results) == 5
    assert all(len(c) <= 2 for c in calls)
    assert sum(len(c) for c in calls) == 5


def test_an_error_reaches_every_caller_of_that_batch_and_the_next_call_works():
    state = {"fail": True}

    def flaky(items):
        if state["fail"]:
            raise ValueError("model failed")
        return lengths(items)

    batch_fn, started, release, calls = blocking_on_first_call(flaky)
    batcher = MicroBatcher(batch_fn)
    results, errors = _run_concurrently(batcher, ["x", "yy", "zzz"], started, release)
    assert set(errors) == {"x", "yy", "zzz"} and not results
    assert all(isinstance(e, ValueError) for e in errors.values())
    state["fail"] = False
    assert batcher("ok").tolist() == [2]


def test_a_batch_function_returning_the_wrong_number_of_rows_is_an_error():
    batcher = MicroBatcher(lambda items: np.zeros((len(items) + 1, 1)))
    with pytest.raises(RuntimeError, match="2 rows for 1 items"):
        batcher("a")


def test_max_batch_must_be_positive():
    with pytest.raises(ValueError, match="max_batch must be at least 1, got 0"):
        MicroBatcher(lengths, max_batch=0)


def test_concurrent_queries_get_the_vectors_they_get_alone():
    """Embedders batch concurrent queries; a query's vector does not depend on its batch-mates."""
    from concurrent.futures import ThreadPoolExecutor

    from qa.embedders import HashedNgramEmbedder

    embedder = HashedNgramEmbedder()
    texts = [f"第{i}个问题：旅游收入是多少" for i in range(40)]
    alone = [embedder.embed_query(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        together = list(pool.map(embedder.embed_query, texts))
    np.testing.assert_allclose(np.stack(together), np.stack(alone), atol=1e-6)
