"""Run one job per input in worker processes, each time-boxed and isolated from the others.

A job is a generator: every value it yields is sent to the parent as soon as it exists, so a
job that hangs or dies after its first step (a check that finished, then an annotated copy
that did not) keeps what it had done. A job that runs past its time limit is stopped by
killing its worker; a worker that dies (a signal, the memory killer) fails only its job. Both
are replaced by fresh workers for the jobs still waiting.

Workers are forked where that is safe (Linux), so they start in milliseconds and see the
modules already imported; elsewhere they are spawned. With one job at a time and no time
limit, jobs run in this process.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Literal

Job = Callable[[Any], Iterator[Any]]

_DONE = "done"
_VALUE = "value"
_CRASH = "crash"
_TICK = 0.5  # seconds between progress refreshes while waiting


@dataclass
class Outcome:
    """What a job produced: its yielded ``values`` and how it ended.

    ``end`` is ``done`` (the job returned), ``timeout`` (killed at the limit), ``died`` (the
    worker exited: ``detail`` holds the exit code or signal) or ``crash`` (the job raised:
    ``detail`` holds the traceback).
    """

    values: list[Any] = field(default_factory=list)
    end: Literal["done", "timeout", "died", "crash"] = "done"
    detail: str = ""


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _serve(conn: Connection, job: Job) -> None:
    """A worker's loop: run each job it is sent, sending every value, until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        try:
            for value in job(message):
                conn.send((_VALUE, value))
        except Exception as exc:  # noqa: BLE001 - reported to the parent as a crash of this job
            from authoring.cli.crashlog import format_exception

            conn.send((_CRASH, format_exception(exc)))
            continue
        conn.send((_DONE, None))


class _Worker:
    def __init__(self, ctx: multiprocessing.context.BaseContext, job: Job) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, job), daemon=True)
        self.process.start()
        child.close()
        self.index: int | None = None
        self.deadline = float("inf")

    def give(self, index: int, item: Any, timeout: float | None) -> None:
        self.index = index
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        try:
            self.conn.send(item)
        except (OSError, ValueError):
            pass  # the worker is gone: the loop sees it dead and fails this item alone

    def stop(self, *, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                kill = True
        if kill and self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=None if kill else 5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()


class Interrupted(KeyboardInterrupt):
    """Ctrl+C during :func:`run_jobs`: ``outcomes`` holds the items that were finished (in input
    order; None for the others), so that the caller can keep what is done."""

    def __init__(self, outcomes: list[Outcome | None]) -> None:
        super().__init__()
        self.outcomes = outcomes


def run_jobs(
    items: Sequence[Any], job: Job, *, jobs: int = 1, timeout: float | None = None,
    on_done: Callable[[], None] = lambda: None, on_tick: Callable[[], None] = lambda: None,
    meanwhile: Callable[[], None] | None = None,
) -> list[Outcome]:
    """Run ``job`` on every item on up to ``jobs`` workers; outcomes in input order.

    ``timeout`` is the limit in seconds for each item (None or 0: no limit). ``on_done`` is
    called once per finished item, ``on_tick`` about twice a second while waiting.
    ``meanwhile`` is called once in this process as soon as the first items are handed out
    (work the parent needs later, done while the workers are busy); when the items run in
    this process, it is called after them.
    """
    if not items:
        return []
    if jobs <= 1 and not timeout:
        outcomes_here: list[Outcome | None] = []
        try:
            for item in items:
                outcomes_here.append(_run_here(item, job, on_done))
        except KeyboardInterrupt:
            raise Interrupted(outcomes_here + [None] * (len(items) - len(outcomes_here))) from None
        if meanwhile is not None:
            meanwhile()
        return outcomes_here  # type: ignore[return-value]
    ctx = _context()
    outcomes: list[Outcome | None] = [None] * len(items)
    waiting = deque(range(len(items)))
    workers: list[_Worker] = []
    size = max(1, min(jobs, len(items)))
    finished: set[int] = set()
    try:
        while waiting or any(w.index is not None for w in workers):
            while waiting and len(workers) < size:
                workers.append(_Worker(ctx, job))
            for worker in workers:
                if worker.index is None and waiting:
                    index = waiting.popleft()
                    outcomes[index] = Outcome()
                    worker.give(index, items[index], timeout)
            if meanwhile is not None:
                meanwhile, pending = None, meanwhile
                pending()
            busy = [w for w in workers if w.index is not None]
            now = time.monotonic()
            pause = min([_TICK] + [max(w.deadline - now, 0) for w in busy])
            wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=pause)
            for worker in busy:
                outcome = outcomes[worker.index]
                assert outcome is not None
                if _drain(worker, outcome):
                    finished.add(worker.index)
                    worker.index = None
                    on_done()
                elif not worker.process.is_alive():
                    outcome.end, outcome.detail = "died", str(worker.process.exitcode)
                    _retire(workers, worker, kill=True)
                    on_done()
                elif time.monotonic() >= worker.deadline:
                    outcome.end = "timeout"
                    _retire(workers, worker, kill=True)
                    on_done()
            on_tick()
    except KeyboardInterrupt:
        raise Interrupted([o if k in finished else None for k, o in enumerate(outcomes)]) from None
    finally:
        for worker in workers:
            worker.stop(kill=worker.index is not None)
    return [o if o is not None else Outcome(end="died") for o in outcomes]


def _drain(worker: _Worker, outcome: Outcome) -> bool:
    """Read what ``worker`` sent; True when its job ended (done or crashed)."""
    try:
        while worker.conn.poll():
            kind, value = worker.conn.recv()
            if kind == _VALUE:
                outcome.values.append(value)
            elif kind == _CRASH:
                outcome.end, outcome.detail = "crash", value
                return True
            else:
                return True
    except (EOFError, OSError):
        return False
    return False


def _retire(workers: list[_Worker], worker: _Worker, *, kill: bool) -> None:
    workers.remove(worker)
    worker.stop(kill=kill)


def _run_here(item: Any, job: Job, on_done: Callable[[], None]) -> Outcome:
    outcome = Outcome()
    try:
        for value in job(item):
            outcome.values.append(value)
    except Exception as exc:  # noqa: BLE001 - a crash of this item only
        from authoring.cli.crashlog import format_exception

        outcome.end, outcome.detail = "crash", format_exception(exc)
    on_done()
    return outcome
