"""A local stand-in for Slack on 127.0.0.1: the Web API, file uploads and ``response_url``.

It records every call so a test can check what the bot sent, and signs requests the way
Slack does so the adapter can be driven over HTTP exactly as Slack drives it.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web

SIGNING_SECRET = "stand-in-signing-secret"
BOT_TOKEN = "xoxb-stand-in-token-not-real"


def signed_headers(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Return Slack's signature headers for ``body``: ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


@dataclass
class ApiCall:
    """One Web API call the bot made: the method and its parameters."""

    method: str
    params: dict[str, Any]


@dataclass
class SlackStandIn:
    """The stand-in server; ``failures`` maps an API method to the error it should return."""

    api_calls: list[ApiCall] = field(default_factory=list)
    uploads: list[bytes] = field(default_factory=list)
    responses: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    failures: dict[str, str] = field(default_factory=dict)
    base_url: str = ""
    _changed: asyncio.Condition | None = None
    _runner: web.AppRunner | None = None

    async def start(self) -> "SlackStandIn":
        """Serve on a free port of 127.0.0.1 and return self."""
        self._changed = asyncio.Condition()
        app = web.Application()
        app.router.add_post("/api/{method}", self._api)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/response/{key}", self._response)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        """The Web API base URL to give the bot (``SLACK_API_URL``)."""
        return self.base_url + "/api/"

    def response_url(self, key: str) -> str:
        """A ``response_url`` whose messages are recorded under ``key``."""
        return f"{self.base_url}/response/{key}"

    def methods(self) -> list[str]:
        """The Web API methods called so far, in order."""
        return [call.method for call in self.api_calls]

    async def wait_for(self, key: str, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """Wait until ``count`` messages arrived at response_url ``key``; return them."""
        assert self._changed is not None
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(lambda: len(self.responses[key]) >= count), timeout)
        return self.responses[key]

    async def settle(self, seconds: float = 0.3) -> None:
        """Give the bot time to send anything more (to check that nothing else arrives)."""
        await asyncio.sleep(seconds)

    async def _notify(self) -> None:
        assert self._changed is not None
        async with self._changed:
            self._changed.notify_all()

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.content_type == "application/json":
            params = await request.json()
        else:
            params = {k: v[-1] for k, v in parse_qs(await request.text()).items()}
        params = {**dict(request.query), **dict(params)}  # slack_sdk sends some methods' parameters in the query
        self.api_calls.append(ApiCall(method, params))
        await self._notify()
        if method in self.failures:
            return web.json_response({"ok": False, "error": self.failures[method]})
        if method == "auth.test":
            return web.json_response({"ok": True, "user": "newsbot", "team": "Stand-in", "team_id": "T1", "user_id": "UBOT", "bot_id": "BBOT"})
        if method == "files.getUploadURLExternal":
            file_id = f"F{len(self.uploads) + 1}"
            return web.json_response({"ok": True, "upload_url": f"{self.base_url}/upload/{file_id}", "file_id": file_id})
        if method == "files.completeUploadExternal":
            files = json.loads(params.get("files", "[]")) if isinstance(params.get("files"), str) else params.get("files", [])
            return web.json_response({"ok": True, "files": [{"id": f.get("id"), "title": f.get("title")} for f in files]})
        return web.json_response({"ok": True, "channel": params.get("channel"), "ts": "1.0"})

    async def _upload(self, request: web.Request) -> web.Response:
        body = await request.read()
        self.uploads.append(body)
        await self._notify()
        return web.Response(text=f"OK - {len(body)}")

    async def _response(self, request: web.Request) -> web.Response:
        self.responses[request.match_info["key"]].append(await request.json())
        await self._notify()
        return web.Response(text="ok")
