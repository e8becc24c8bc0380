"""The embedded Label Studio server: start, status, stop, and its credentials.

Everything lives in one local folder (``./.label-studio/`` by default, ``CURATE_STUDIO_DIR``
to move it; it is gitignored): the server's database under ``data/``, ``server.log``,
``server.pid``, ``credentials.json`` (mode 0600) and, under ``settings/``, the Django
settings the server runs with (Label Studio's own, minus one cost; see _SETTINGS_SOURCE).
The admin email, a random password and a random API token are generated once, on the first
start, and handed to Label Studio by environment variables, so no one has to click through a
sign-up page. The token is only ever read from that file; nothing here prints or logs it.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from curate.errors import StudioError, StudioUnavailable

__all__ = [
    "DEFAULT_EMAIL",
    "DEFAULT_PORT",
    "Credentials",
    "ServerStatus",
    "load_credentials",
    "server_status",
    "start_server",
    "stop_server",
    "studio_dir",
]

DEFAULT_PORT = 8080
DEFAULT_EMAIL = "annotator@curate.local"
HOST = "127.0.0.1"
CREDENTIALS_FILE = "credentials.json"
PID_FILE = "server.pid"
LOG_FILE = "server.log"
SETTINGS_DIR = "settings"
SETTINGS_MODULE = "curate_label_studio_settings"

# Label Studio's own settings, with one middleware swapped. Its ContextLogMiddleware parses
# every request body as JSON (and reads it once more for ``'server_id' not in request``) for
# the usage analytics it would send, before it checks whether analytics are on; they are
# off here (COLLECT_ANALYTICS=false), so on an import of 500 articles that parse was a third
# of the server's CPU time, for nothing. The stand-in sets ``request.server_id`` as the
# original does (the pages show it) and hands everything else on unchanged; were analytics
# ever on, it is the original middleware. Written at every start so it follows this code,
# and kept free of curate imports: `label-studio` may come from another environment on
# PATH, where curate is not installed.
_SETTINGS_SOURCE = '''"""Label Studio settings of curate's embedded server (written by curate)."""

import os

# Label Studio's settings read django.conf.settings while they load (Sentry set-up), which
# loads DJANGO_SETTINGS_MODULE again: name Label Studio's own module meanwhile, as it expects
os.environ["DJANGO_SETTINGS_MODULE"] = "label_studio.core.settings.label_studio"
try:
    from label_studio.core.settings.label_studio import *  # noqa: F403
    from label_studio.core.settings.label_studio import MIDDLEWARE as _MIDDLEWARE
finally:
    os.environ["DJANGO_SETTINGS_MODULE"] = __name__

_CONTEXT_LOG = "core.middleware.ContextLogMiddleware"


class ContextLogWithoutAnalytics:
    """ContextLogMiddleware without parsing request bodies while analytics are off."""

    def __init__(self, get_response):
        from core.middleware import ContextLogMiddleware
        from django.conf import settings

        self.get_response = get_response
        self.original = ContextLogMiddleware(get_response)
        self.analytics = bool(settings.COLLECT_ANALYTICS)

    def __call__(self, request):
        if self.analytics:
            return self.original(request)
        try:
            request.body  # read and kept, as the original does, so views see the same request
        except Exception:  # noqa: BLE001 - as the original: a body it cannot keep is let be
            pass
        if not hasattr(request, "server_id"):
            try:
                request.server_id = self.original.log._get_server_id()
            except Exception:  # noqa: BLE001 - a Label Studio whose ContextLog changed
                return self.original(request)
        return self.get_response(request)


MIDDLEWARE = [f"{__name__}.ContextLogWithoutAnalytics" if m == _CONTEXT_LOG else m
              for m in _MIDDLEWARE]
'''


def studio_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The embedded server's folder: ``path``, else $CURATE_STUDIO_DIR, else ./.label-studio."""
    if path is not None:
        return Path(path).resolve()
    return Path(os.environ.get("CURATE_STUDIO_DIR") or ".label-studio").resolve()


@dataclass(frozen=True, slots=True)
class Credentials:
    """The embedded server's admin login and API token (``token`` is never printed)."""

    email: str
    password: str
    token: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __repr__(self) -> str:  # keep secrets out of logs and tracebacks
        return f"Credentials(email={self.email!r}, port={self.port}, password=***, token=***)"


@dataclass(frozen=True, slots=True)
class ServerStatus:
    """Whether the embedded server runs, where, and how annotators log in."""

    running: bool
    url: str | None
    pid: int | None
    directory: Path
    email: str | None = None
    password: str | None = None
    log: Path | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"running": self.running, "url": self.url, "pid": self.pid,
                "directory": str(self.directory), "email": self.email,
                "log": str(self.log) if self.log else None}


def load_credentials(directory: str | os.PathLike[str] | None = None) -> Credentials | None:
    """The credentials the embedded server was first started with, or None."""
    path = studio_dir(directory) / CREDENTIALS_FILE
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
        return Credentials(email=d["email"], password=d["password"], token=d["token"],
                           port=int(d["port"]))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError) as exc:
        raise StudioError(f"{path}: unreadable credentials ({exc.__class__.__name__})",
                          hint=f"Delete {path.parent} to start over with a fresh server.") from None


def _save_credentials(directory: Path, creds: Credentials) -> None:
    path = directory / CREDENTIALS_FILE
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"email": creds.email, "password": creds.password, "token": creds.token,
                   "port": creds.port}, fh)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _read_pid(directory: Path) -> int | None:
    try:
        return int((directory / PID_FILE).read_text().strip())
    except (FileNotFoundError, ValueError):
        return None


def _is_our_server(pid: int) -> bool:
    """True when ``pid`` is alive and is a label-studio process (pids get reused)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (macOS): trust the pid file
    return b"label-studio" in cmdline or b"label_studio" in cmdline


def _healthy(url: str, timeout: float = 2.0) -> bool:
    try:
        r = httpx.get(f"{url}/health", timeout=timeout)
    except httpx.HTTPError:
        return False
    return r.status_code == 200 and "UP" in r.text


def _token_accepted(url: str, token: str) -> bool:
    try:
        r = httpx.get(f"{url}/api/current-user/whoami",
                      headers={"Authorization": f"Token {token}"}, timeout=5)
    except httpx.HTTPError:
        return False
    return r.status_code == 200


def _label_studio_executable() -> str:
    candidate = Path(sys.executable).parent / "label-studio"
    if candidate.exists():
        return str(candidate)
    found = shutil.which("label-studio")
    if found:
        return found
    raise StudioError(
        "the label-studio server is not installed",
        hint="pip install 'curate[server]' (or set LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY "
             "to use a server you already have).",
    )


def server_status(directory: str | os.PathLike[str] | None = None) -> ServerStatus:
    """Is the embedded server in ``directory`` running, and at which URL?"""
    d = studio_dir(directory)
    creds = load_credentials(d)
    pid = _read_pid(d)
    alive = pid is not None and _is_our_server(pid)
    url = creds.url if creds else None
    running = bool(alive and url and _healthy(url))
    return ServerStatus(
        running=running, url=url, pid=pid if alive else None, directory=d,
        email=creds.email if creds else None, password=creds.password if creds else None,
        log=d / LOG_FILE,
    )


def start_server(
    directory: str | os.PathLike[str] | None = None,
    *,
    port: int | None = None,
    timeout: float = 240.0,
    on_wait: Callable[[float], None] | None = None,
) -> ServerStatus:
    """Start the embedded Label Studio on 127.0.0.1 in the background; wait until it answers.

    The first start creates the admin user (email, random password) and its API token
    without any clicks. A running server is left alone and its status returned. The port
    is ``port``, else the one used before, else 8080 when free, else any free port.
    ``on_wait(seconds_elapsed)`` is called while waiting (for a spinner).
    """
    d = studio_dir(directory)
    current = server_status(d)
    if current.running:
        return current
    d.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(d, 0o700)
    creds = load_credentials(d)
    if port is None:
        if creds is not None and _port_free(creds.port):
            port = creds.port
        elif _port_free(DEFAULT_PORT):
            port = DEFAULT_PORT
        else:
            port = _free_port()
    elif not _port_free(port):
        raise StudioError(f"port {port} on {HOST} is already in use",
                          hint="Pick another --port, or leave it out to use a free one.")
    if creds is None:
        creds = Credentials(email=DEFAULT_EMAIL, password=secrets.token_urlsafe(12),
                            token=secrets.token_hex(20), port=port)
    else:
        creds = Credentials(email=creds.email, password=creds.password, token=creds.token,
                            port=port)
    _save_credentials(d, creds)

    env = dict(os.environ)
    env.update({
        # the user and its (legacy) token are created at the first start, from these
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true",
        "LABEL_STUDIO_USERNAME": creds.email,
        "LABEL_STUDIO_PASSWORD": creds.password,
        "LABEL_STUDIO_USER_TOKEN": creds.token,
        "LABEL_STUDIO_BASE_DATA_DIR": str(d / "data"),
        "LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK": "true",
        # no calls home: no version check, analytics or error reporting from a local tool
        "LATEST_VERSION_CHECK": "false",
        "COLLECT_ANALYTICS": "false",
        "SENTRY_DSN": "",
        "FRONTEND_SENTRY_DSN": "",
        # Label Studio's own batched prediction import (a feature flag, off by default):
        # the legacy path re-validates every prediction with LabelInterface, which was
        # half the server's cost of a push; curate validates each prediction against the
        # same label config with the same LabelInterface before it sends anything.
        "fflag_fix_back_4620_memory_efficient_predictions_import_08012025_short": "true",
        # Label Studio asks its feature-flag client about importing drafts and reviews once
        # per imported task (a tenth of the CPU of a task import); it is off in Label
        # Studio's own flag file, and pinned off here it is answered from the environment.
        # curate never imports drafts or reviews.
        "fflag_feat_back_lsdv_5307_import_reviews_drafts_29062023_short": "false",
    })
    env.pop("LABEL_STUDIO_URL", None)
    env.pop("LABEL_STUDIO_API_KEY", None)
    settings_dir = d / SETTINGS_DIR
    settings_dir.mkdir(exist_ok=True)
    (settings_dir / f"{SETTINGS_MODULE}.py").write_text(_SETTINGS_SOURCE, encoding="utf-8")
    env["DJANGO_SETTINGS_MODULE"] = SETTINGS_MODULE
    env["PYTHONPATH"] = os.pathsep.join(
        [str(settings_dir), *filter(None, [os.environ.get("PYTHONPATH")])])
    cmd = [_label_studio_executable(), "start", "--internal-host", HOST, "--port", str(port),
           "--data-dir", str(d / "data"), "--no-browser"]
    log = open(d / LOG_FILE, "ab")  # noqa: SIM115 - handed to the child process
    try:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=d, start_new_session=True)
    finally:
        log.close()
    (d / PID_FILE).write_text(f"{proc.pid}\n")
    t0 = time.monotonic()
    while True:
        elapsed = time.monotonic() - t0
        if on_wait is not None:
            on_wait(elapsed)
        code = proc.poll()
        if code is not None:
            (d / PID_FILE).unlink(missing_ok=True)
            raise StudioUnavailable(
                f"Label Studio exited with code {code} while starting; see {d / LOG_FILE}")
        if _healthy(creds.url) and _token_accepted(creds.url, creds.token):
            break
        if elapsed > timeout:
            stop_server(d)
            raise StudioUnavailable(
                f"Label Studio did not answer within {timeout:.0f} s; see {d / LOG_FILE}")
        time.sleep(0.5)
    return server_status(d)


def stop_server(directory: str | os.PathLike[str] | None = None, *, timeout: float = 30.0) -> bool:
    """Stop the embedded server (SIGTERM to its process group, SIGKILL after ``timeout``).

    Returns True if a server was stopped, False if none was running.
    """
    d = studio_dir(directory)
    pid = _read_pid(d)
    if pid is None or not _is_our_server(pid):
        (d / PID_FILE).unlink(missing_ok=True)
        return False
    # started with start_new_session, so the group id is the pid: this ends the server and
    # the workers it spawned, and nothing else
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            break
        time.sleep(0.2)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pid, signal.SIGKILL)
    (d / PID_FILE).unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    try:
        # reap it if it is our child (tests start the server in-process)
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return True
    return state != "Z"
