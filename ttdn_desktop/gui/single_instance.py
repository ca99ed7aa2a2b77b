"""One window per database: a local server named after the database, held by the running program.

The first program to start on a database listens on a QLocalServer whose name is a hash of the
database's path (and the user). A second start connects to it, sends "activate" (the first brings
its window forward) and exits. A server left behind by a crash is removed when listening fails
and nobody answers on it.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
CONNECT_TIMEOUT_MS = 500


def database_key(target: str | Path | None) -> str:
    """A stable identity of the database a start will open: its resolved path, or its URL."""
    from ttdn_desktop.core.database import resolve_url

    url = resolve_url(target)
    if url.get_backend_name() == "sqlite" and url.database:
        return os.path.normcase(str(Path(url.database).resolve()))
    return url.render_as_string(hide_password=True)


def server_name(key: str) -> str:
    """The local server's name: short, free of path characters, one per user and database."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (service accounts)
        user = ""
    digest = hashlib.sha256(f"{user}\0{key}".encode()).hexdigest()[:24]
    return f"ttdn-desktop-{digest}"


def _send(name: str, message: bytes, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(message)
    socket.flush()
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return True


def instance_running(target: str | Path | None) -> bool:
    """True when a program holds the lock of this database (used by `ttdn restore`)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(database_key(target)))
    running = socket.waitForConnected(CONNECT_TIMEOUT_MS)
    socket.abort()
    return running


class SingleInstance(QObject):
    """The lock of one database. `acquire()` once; keep the object alive while the program runs."""

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.name = server_name(key)
        self.server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """Become the program of this database, or tell the running one to come forward.

        Returns:
            True when this process now holds the lock; False when another one does (it was
            sent "activate").
        """
        if _send(self.name, ACTIVATE):
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # Nobody answered, so the name is left over from a program that crashed.
            log.info("removing stale local server %s: %s", self.name, server.errorString())
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                if _send(self.name, ACTIVATE):  # another start won the race meanwhile
                    return False
                log.warning("single-instance lock unavailable: %s", server.errorString())
                return True  # never refuse to start because of the lock machinery itself
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        if self.server is None:
            return
        while (socket := self.server.nextPendingConnection()) is not None:
            self._clients.append(socket)
            socket.readyRead.connect(self._read_messages)
            socket.disconnected.connect(self._read_messages)
        self._read_messages()

    def _read_messages(self) -> None:
        activate = False
        for socket in list(self._clients):
            if socket.bytesAvailable():
                activate |= ACTIVATE.strip() in bytes(socket.readAll().data())
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._clients.remove(socket)
        if activate:
            self.activated.emit()

    def release(self) -> None:
        """Stop answering; the next start on this database becomes the program."""
        for socket in self._clients:
            socket.readyRead.disconnect(self._read_messages)
            socket.disconnected.disconnect(self._read_messages)
            socket.abort()
        self._clients.clear()
        if self.server is not None:
            self.server.newConnection.disconnect(self._on_connection)
            self.server.close()
            self.server = None
