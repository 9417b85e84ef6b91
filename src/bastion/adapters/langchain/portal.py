"""The firewall's own event loop, in a thread of its own, reachable from any thread and any loop.

LangChain calls a handler from wherever it happens to be: the caller's thread, its worker threads,
a private loop it starts for an async handler on its sync path, or the user's own loop. Tying the
firewall (its audit store, its session locks) to any of those loops breaks in one mode or another:
a sync `invoke` inside async code waits on the very loop that would have to decide, and a second
`asyncio.run` finds the store bound to a closed loop. The portal owns one loop for the life of the
handler, so a blocking caller waits on a future and an async caller awaits one; neither can
deadlock the other.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from bastion.errors import AdapterError
from bastion.firewall import Firewall

__all__ = ["Portal"]

T = TypeVar("T")


class Portal:
    """A firewall running on a private event loop thread.

    Args:
        firewall: The firewall; from now on it is used only on the portal's loop.
    """

    def __init__(self, firewall: Firewall) -> None:
        self.firewall = firewall
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="bastion-langchain", daemon=True)
        self._thread.start()
        # A handler is long-lived: its models (the intent stage's) load now, off the first decision.
        self._loop.call_soon_threadsafe(firewall.start_warming)
        self._lock = threading.Lock()
        self._closed = False

    @property
    def is_closed(self) -> bool:
        """True once `close` or `aclose` has run."""
        return self._closed

    def _check(self, coro: Coroutine[Any, Any, Any]) -> None:
        if self._closed:
            coro.close()
            raise AdapterError("this bastion handler is closed; build a new one (from_config) for this run")

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the portal's loop and wait for its result (blocking the calling thread).

        Raises:
            AdapterError: The portal is closed.
        """
        self._check(coro)
        if threading.get_ident() == self._thread.ident:
            coro.close()
            raise AdapterError("bastion's loop thread cannot wait on itself; a stage must not call the handler")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    async def acall(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run a coroutine on the portal's loop and await its result from the running loop.

        Raises:
            AdapterError: The portal is closed.
        """
        self._check(coro)
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self._loop))

    def open(self) -> None:
        """Open the firewall's resources (the audit store) now, so that a bad store fails here."""
        self.call(self.firewall.open())

    def close(self) -> None:
        """Close the firewall and stop the loop thread (idempotent)."""
        with self._lock:
            if self._closed:
                return
            try:
                asyncio.run_coroutine_threadsafe(self.firewall.aclose(), self._loop).result()
            finally:
                self._closed = True
                self._loop.call_soon_threadsafe(self._loop.stop)
                self._thread.join()
                self._loop.close()

    async def aclose(self) -> None:
        """Like `close`, without blocking the running loop."""
        await asyncio.to_thread(self.close)
