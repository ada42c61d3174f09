// A private, unlocked keychain (GNOME Keyring's Secret Service) on a private session bus: each
// test app gets its own, like a second device would.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startSessionBus } from "./session-bus.mjs";

function secretsOwned(env) {
  try {
    const reply = execFileSync(
      "dbus-send",
      ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"],
      { env, encoding: "utf8" },
    );
    return reply.includes("boolean true");
  } catch {
    return false;
  }
}

/** Starts the bus and the keychain; returns { env, stop() } where env is what the app needs. */
export async function startKeychain() {
  const bus = await startSessionBus();
  const home = mkdtempSync(path.join(tmpdir(), "tandem-keychain-"));
  const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address, HOME: home, XDG_RUNTIME_DIR: home, XDG_DATA_HOME: path.join(home, "data") };
  const daemon = spawn("gnome-keyring-daemon", ["--foreground", "--unlock", "--components=secrets"], { env, stdio: ["pipe", "ignore", "inherit"] });
  daemon.stdin.end("keychain-password");
  const deadline = Date.now() + 10_000;
  while (!secretsOwned(env)) {
    if (Date.now() > deadline) {
      daemon.kill("SIGTERM");
      bus.stop();
      throw new Error("gnome-keyring-daemon did not offer the Secret Service within 10 s (is gnome-keyring installed?)");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    env: { DBUS_SESSION_BUS_ADDRESS: bus.address },
    stop: () => {
      daemon.kill("SIGTERM");
      bus.stop();
    },
  };
}
