"""Reads and drives the notification server on the test's own session bus (python-dbusmock's
notification-daemon template, started by notifications.mjs).

  notification_server.py shown            -> JSON list of {id, app, summary, body, actions}
  notification_server.py click ID ACTION  -> the user picks ACTION ("default", "snooze", "done")
"""
import json
import sys

import dbus

BUS_NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def mock():
    return dbus.Interface(dbus.SessionBus().get_object(BUS_NAME, PATH), "org.freedesktop.DBus.Mock")


def shown():
    out = []
    for number, (_, args) in enumerate(mock().GetMethodCalls("Notify"), start=1):
        actions = [str(a) for a in args[5]]
        out.append({
            "id": int(args[1]) or number,
            "app": str(args[0]),
            "summary": str(args[3]),
            "body": str(args[4]),
            "actions": dict(zip(actions[::2], actions[1::2])),
        })
    print(json.dumps(out))


def click(notification_id, action):
    mock().EmitSignal(BUS_NAME, "ActionInvoked", "us", [dbus.UInt32(int(notification_id)), action])


if __name__ == "__main__":
    if sys.argv[1] == "shown":
        shown()
    elif sys.argv[1] == "click":
        click(sys.argv[2], sys.argv[3])
    else:
        sys.exit(f"unknown command {sys.argv[1]}")
