// A private session bus with a real notification server on it (python-dbusmock's
// notification-daemon template), so a test sees exactly the notifications Tandem shows and can
// click their buttons, without touching the desktop the tests run on.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startSessionBus } from "./session-bus.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const python = "/usr/bin/python3";
const script = path.join(here, "notification_server.py");

/** Starts the bus and the server; returns { env, shown(), click(id, action), stop() }. */
export async function startNotificationServer() {
  const bus = await startSessionBus();
  const address = bus.address;
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: address };
  const server = spawn(python, ["-m", "dbusmock", "--template", "notification_daemon", "-p", '{"capabilities": "body actions"}'], {
    env,
    stdio: "ignore",
  });
  const run = (...args) => execFileSync(python, [script, ...args], { env, encoding: "utf8" });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      run("shown");
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        server.kill("SIGTERM");
        bus.stop();
        throw new Error(`the notification server did not start: ${err}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    env: { DBUS_SESSION_BUS_ADDRESS: address },
    shown: () => JSON.parse(run("shown")),
    click: (id, action) => run("click", String(id), action),
    stop: () => {
      server.kill("SIGTERM");
      bus.stop();
    },
  };
}
