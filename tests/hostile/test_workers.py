"""The worker pool: order, per-item time limits, crashes and dead workers, in-process mode."""

from __future__ import annotations

import os
import signal
import time

from authoring.cli.workers import run_jobs


def _job(item: int):  # noqa: ANN202
    yield item * 10
    if item == 2:
        time.sleep(600)
    if item == 3:
        raise ValueError("three")
    if item == 4:
        os.kill(os.getpid(), signal.SIGKILL)
    yield item * 100


def test_outcomes_in_order_each_isolated() -> None:
    done = []
    began = time.monotonic()
    outcomes = run_jobs([0, 1, 2, 3, 4, 5], _job, jobs=2, timeout=2, on_done=lambda: done.append(1))
    assert time.monotonic() - began < 15
    assert [o.end for o in outcomes] == ["done", "done", "timeout", "crash", "died", "done"]
    assert [o.values for o in outcomes] == [[0, 0], [10, 100], [20], [30], [40], [50, 500]]
    assert "ValueError: three" in outcomes[3].detail
    assert outcomes[4].detail == str(-signal.SIGKILL)
    assert len(done) == 6


def test_one_job_at_a_time_still_time_boxed() -> None:
    outcomes = run_jobs([2, 1], _job, jobs=1, timeout=1)
    assert [o.end for o in outcomes] == ["timeout", "done"]


def test_in_process_without_time_limit() -> None:
    pid = os.getpid()

    def here(item: int):  # noqa: ANN202 - a closure: only possible in this process
        yield os.getpid() == pid
        if item:
            raise RuntimeError("boom")

    outcomes = run_jobs([0, 1], here, jobs=1, timeout=None)
    assert [o.values for o in outcomes] == [[True], [True]]
    assert [o.end for o in outcomes] == ["done", "crash"]


def test_no_items() -> None:
    assert run_jobs([], _job, jobs=4, timeout=1) == []
