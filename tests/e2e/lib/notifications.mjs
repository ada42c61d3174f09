// A private session bus with a real notification server on it (python-dbusmock's
// notification-daemon template), so a test sees exactly the notifications Tandem shows and can
// click their buttons, without touching the desktop the tests run on.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const python = "/usr/bin/python3";
const script = path.join(here, "notification_server.py");

async function firstLine(stream) {
  let text = "";
  for await (const chunk of stream) {
    text += chunk;
    if (text.includes("\n")) return text.split("\n")[0].trim();
  }
  throw new Error("dbus-daemon printed no address");
}

// A session bus that starts no services by itself: otherwise asking for the notification server
// before the mock owns its name would start whatever daemon the machine has installed (dunst…).
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

/** Starts the bus and the server; returns { env, shown(), click(id, action), stop() }. */
export async function startNotificationServer() {
  const config = path.join(mkdtempSync(path.join(tmpdir(), "tandem-bus-")), "session.conf");
  writeFileSync(config, busConfig);
  const bus = spawn("dbus-daemon", [`--config-file=${config}`, "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await firstLine(bus.stdout);
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
        bus.kill("SIGTERM");
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
      bus.kill("SIGTERM");
    },
  };
}
