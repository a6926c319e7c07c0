"""A fake desktop notification server for the notification tests (a fake: there is no
desktop here). ``python -m tests.helpers.fake_notifications`` owns
``org.freedesktop.Notifications`` on the session bus, prints ``ready``, then one JSON line per
Notify call it receives. Its Notify has the specification's exact signature
(``susssasa{sv}i``), so a call with other types is refused, as a real server refuses it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


@ClassInfo({"D-Bus Interface": "org.freedesktop.Notifications"})
class Notifications(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        self.count += 1
        call = {
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": {key: str(value) for key, value in hints.items()},
            "timeout": timeout,
        }
        print(json.dumps(call), flush=True)
        return self.count

    @Slot(result="QStringList")
    def GetCapabilities(self):
        return ["body"]


def main() -> int:
    app = QCoreApplication([])
    server = Notifications()
    bus = QDBusConnection.sessionBus()
    ok = bus.registerObject(
        "/org/freedesktop/Notifications", server, QDBusConnection.RegisterOption.ExportAllSlots
    ) and bus.registerService("org.freedesktop.Notifications")
    print("ready" if ok else "failed", flush=True)
    return app.exec() if ok else 1


if __name__ == "__main__":
    sys.exit(main())
