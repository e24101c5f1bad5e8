"""A real IMAP server for the e-mail channel: Dovecot from Debian, started once per test session.

Any user name logs in with the password ``secret`` (a static passdb), so each test takes a fresh
mailbox by using a new user name. Messages are delivered with IMAP APPEND, as a mail server would.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from tests.processes import free_port

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
PASSWORD = "secret"


def _config(directory: Path, port: int) -> str:
    if os.geteuid() == 0:
        internal, login = "dovecot", "dovenull"
        mail_user = pwd.getpwnam("dovecot")
    else:
        internal = login = pwd.getpwuid(os.geteuid()).pw_name
        mail_user = pwd.getpwuid(os.geteuid())
    return f"""
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
base_dir = {directory}/run
state_dir = {directory}/state
log_path = {directory}/dovecot.log
mail_location = maildir:{directory}/mail/%n/Maildir
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 0
mail_max_userip_connections = 50
passdb {{
  driver = static
  args = password={PASSWORD}
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={directory}/mail/%n
}}
service imap-login {{
  inet_listener imap {{
    port = {port}
  }}
}}
"""


@pytest.fixture(scope="session")
def dovecot():
    """(host, port) of a running Dovecot; fails (never skips) when Dovecot is missing."""
    assert Path(DOVECOT).exists(), "Dovecot is missing: run scripts/require-dovecot"
    directory = Path(tempfile.mkdtemp(prefix="borgerraad-dovecot-"))
    directory.chmod(0o755)
    (directory / "mail").mkdir()
    if os.geteuid() == 0:
        user = pwd.getpwnam("dovecot")
        os.chown(directory / "mail", user.pw_uid, user.pw_gid)
    port = free_port()
    config = directory / "dovecot.conf"
    config.write_text(_config(directory, port))
    process = subprocess.Popen([DOVECOT, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode(errors="replace") if process.stdout else ""
                log = (directory / "dovecot.log").read_text() if (directory / "dovecot.log").exists() else ""
                process.kill()
                pytest.fail(f"Dovecot did not start:\n{output}\n{log}")
            time.sleep(0.1)
    yield ("127.0.0.1", port)
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture
def imap_config(dovecot, settings):
    """The settings of a fresh, empty mailbox on the test server (plaintext: a test server only)."""
    host, port = dovecot
    config = {
        "host": host, "port": port, "user": f"raadgiver-{uuid.uuid4().hex[:10]}", "password": PASSWORD,
        "ssl": False, "folder": "INBOX", "processed_folder": "Behandlet",
    }
    settings.CHANNELS_IMAP = config
    return config


@pytest.fixture
def deliver(imap_config):
    """``deliver(raw_bytes)`` puts a message in the test mailbox's inbox."""
    from imap_tools import MailBoxUnencrypted

    def put(raw: bytes) -> None:
        with MailBoxUnencrypted(imap_config["host"], port=imap_config["port"]).login(
            imap_config["user"], PASSWORD,
        ) as mailbox:
            mailbox.append(raw, "INBOX")

    return put


@pytest.fixture
def folder_count(imap_config):
    """``folder_count(name)``: how many messages a folder of the test mailbox holds."""
    from imap_tools import MailBoxUnencrypted

    def count(folder: str) -> int:
        with MailBoxUnencrypted(imap_config["host"], port=imap_config["port"]).login(
            imap_config["user"], PASSWORD,
        ) as mailbox:
            if not mailbox.folder.exists(folder):
                return 0
            mailbox.folder.set(folder)
            return len(mailbox.uids())

    return count


@pytest.fixture(autouse=True)
def _media_and_mail(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CHANNELS_COUNCIL_DOMAINS = ["br.kk.dk"]
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
