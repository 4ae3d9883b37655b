// Starts `vite preview` on loopback for the e2e run and always stops it again.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

export interface PreviewServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  /** Stops the server and everything it started (npx → vite). Safe to call twice. */
  stop: () => Promise<void>;
}

/** Asks the kernel for a free TCP port on `host`. The port is released again before it is returned. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no port assigned"))));
    });
  });
}

/**
 * Spawns `npx vite preview --host 127.0.0.1 --port <free> --strictPort` in `projectDir` (serving its
 * dist/, or `outDir` when given) and resolves once it answers HTTP 200 on "/".
 */
export async function startPreview(
  projectDir: string,
  options: { outDir?: string; timeoutMs?: number } = {},
): Promise<PreviewServer> {
  const host = "127.0.0.1";
  const port = await freePort(host);
  const args = ["vite", "preview", "--host", host, "--port", String(port), "--strictPort"];
  if (options.outDir) args.push("--outDir", options.outDir);
  console.log(`[preview] npx ${args.join(" ")}`);
  // detached: the child leads its own process group, so stop() reaches vite behind npx's shell.
  const child = spawn("npx", args, { cwd: projectDir, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited = false;
  const exitPromise = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async (): Promise<void> => {
    if (exited || child.pid === undefined) return;
    const pid = child.pid;
    signalGroup(pid, "SIGTERM");
    const killed = await Promise.race([exitPromise.then(() => true), sleep(5_000).then(() => false)]);
    if (!killed) signalGroup(pid, "SIGKILL");
    await exitPromise;
  };

  const origin = `http://${host}:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited before answering:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) {
        console.log(`[preview] answering at ${origin}/`);
        return { origin, stop };
      }
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`vite preview did not answer at ${origin}/ in time:\n${output}`);
}

/** Signals a whole process group (a detached child and everything it started); ignores a gone group. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
