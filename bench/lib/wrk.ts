import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// wrk (Debian's package) generates the load: written in C, it leaves the two cores to the server
// and PostgreSQL, which a JavaScript load generator on the same machine would not.

export type WrkResult = {
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
};

export function ensureWrk(): string {
  const found = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (process.getuid?.() === 0) {
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk'], {
      stdio: 'inherit',
    });
    return 'wrk';
  }
  throw new Error('The load benchmark needs wrk: sudo apt-get install wrk');
}

export function wrk(
  baseUrl: string,
  paths: string[],
  headers: Record<string, string>,
  connections: number,
  seconds: number,
): WrkResult {
  const script = path.join(os.tmpdir(), `tuijin-wrk-${process.pid}.lua`);
  const headerLua = Object.entries(headers)
    .map(([k, v]) => `[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join(', ');
  fs.writeFileSync(
    script,
    `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local headers = { ${headerLua} }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %f %f %f %f %d\\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
`,
  );
  const threads = Math.min(2, connections);
  const out = execFileSync(
    ensureWrk(),
    ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '-s', script, baseUrl],
    { encoding: 'utf8' },
  );
  fs.rmSync(script, { force: true });
  const m = /RESULT (\d+) ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(out);
  if (!m) throw new Error(`wrk printed no result:\n${out}`);
  const [requests, secs, p50, p95, p99, errors] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { requests, seconds: secs, rps: requests / secs, p50, p95, p99, errors };
}
