// A private D-Bus session bus for one test app: its own notification server or keychain, apart
// from the desktop the tests run on (and from the other app of a two-device test).
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

async function firstLine(stream) {
  let text = "";
  for await (const chunk of stream) {
    text += chunk;
    if (text.includes("\n")) return text.split("\n")[0].trim();
  }
  throw new Error("dbus-daemon printed no address");
}

// A bus that starts no services by itself: otherwise asking for a service before the test's
// own server owns its name would start whatever daemon the machine has installed.
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

/** Starts a bus; returns { address, stop() }. */
export async function startSessionBus() {
  const config = path.join(mkdtempSync(path.join(tmpdir(), "tandem-bus-")), "session.conf");
  writeFileSync(config, busConfig);
  const bus = spawn("dbus-daemon", [`--config-file=${config}`, "--nofork", "--print-address=1"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = await firstLine(bus.stdout);
  return { address, stop: () => bus.kill("SIGTERM") };
}
