// A real tandem-server on loopback, with its data in a temporary folder; it can be stopped and
// started again on the same port and data, as when the network drops and comes back.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, repoRoot } from "./tandem.mjs";

export const serverBinary = process.env.TANDEM_SERVER ?? path.join(repoRoot, "target/debug/tandem-server");

async function waitForHealth(url, child) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tandem-server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("tandem-server did not answer within 20 s");
}

/** Starts the server; returns { url, stop(), start() }. */
export async function startSyncServer() {
  const data = mkdtempSync(path.join(tmpdir(), "tandem-server-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child;
  const start = async () => {
    child = spawn(serverBinary, ["--data", data, "--listen", `127.0.0.1:${port}`], { stdio: ["ignore", "ignore", "inherit"] });
    await waitForHealth(url, child);
  };
  const stop = async () => {
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url, start, stop };
}
