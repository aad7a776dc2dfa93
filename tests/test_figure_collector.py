"""The figure views pause Python's cycle collector; threads must never leave it off (found in review)."""

import gc
import sys
import threading


def test_overlapping_pauses_resume_the_collector_when_the_last_one_ends():
    """Two requests of a threaded worker overlapping: A starts, B starts, A ends, B ends."""
    from figures import ledger

    assert gc.isenabled()
    request_a, request_b = ledger.collector_paused(), ledger.collector_paused()
    request_a.__enter__()
    request_b.__enter__()
    request_a.__exit__(None, None, None)
    try:
        assert not gc.isenabled(), "B is still reading its ledger"
        request_b.__exit__(None, None, None)
        assert gc.isenabled()
    finally:
        gc.enable()


def test_a_pause_leaves_a_collector_that_was_off_off():
    from figures import ledger

    gc.disable()
    try:
        with ledger.collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_collector_paused_under_real_threads():
    """The same race with real threads and a short switch interval (no stand-in)."""
    from figures import ledger

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    stop = threading.Event()

    def requests():
        while not stop.is_set():
            with ledger.collector_paused():
                pass

    threads = [threading.Thread(target=requests) for _ in range(4)]
    try:
        for thread in threads:
            thread.start()
        stop.wait(3)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        sys.setswitchinterval(interval)
    try:
        assert gc.isenabled(), "every figure request is over, and the cycle collector is still disabled"
    finally:
        gc.enable()
