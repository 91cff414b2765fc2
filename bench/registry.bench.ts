import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { growProjects } from './lib/generate.js';
import { databaseUrl, ROOT, signIn, startServer } from './lib/server.js';

// Budget: registry list with filters and total over 10,000 projects — p95 ≤ 30 ms at the API
// and ≥ 2,000 requests/s with 50 connections on loopback.

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const URLS = [
  '/api/v1/projects?page=1&pageSize=20&sort=-totalInvestment',
  '/api/v1/projects?stage=continuing,new_start&direction=high_quality&page=2&pageSize=20&sort=-totalInvestment',
  '/api/v1/projects?investorType=social&field=industrial&page=1&pageSize=20&sort=name',
  '/api/v1/projects?q=%E9%87%8D%E7%82%B9&page=5&pageSize=20&sort=-updatedAt',
];

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function registryBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/registry');
  const server = await startServer(dataDir, { TUIJIN_DEMO: '1', TUIJIN_DB_POOL: '20' });
  try {
    await growProjects(databaseUrl(dataDir), PROJECTS);
    const { cookie } = await signIn(server.baseUrl);
    const requests = URLS.map((p) => ({ method: 'GET' as const, path: p, headers: { cookie } }));
    const check = await fetch(`${server.baseUrl}${URLS[0]}`, { headers: { cookie } });
    const total = ((await check.json()) as { total: number }).total;
    // Warm-up, then a single connection for latency, then 50 for throughput.
    await run({ url: server.baseUrl, connections: 10, duration: 3, requests });
    const latency = await run({ url: server.baseUrl, connections: 1, duration: SECONDS, requests });
    const load = await run({ url: server.baseUrl, connections: 50, duration: SECONDS, requests });
    const bad = latency.non2xx + load.non2xx + latency.errors + load.errors;
    return [
      `registry list, ${total} projects in scope, 4 filter/sort mixes, ${SECONDS} s each:`,
      `  1 connection:   p50 ${latency.latency.p50} ms, p97.5 ${latency.latency.p97_5} ms, p99 ${latency.latency.p99} ms, ${latency.requests.average} req/s`,
      `  50 connections: ${load.requests.average} req/s (p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms)`,
      `  non-2xx or errors: ${bad}`,
    ];
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.mkdirSync(path.join(ROOT, 'bench/.data'), { recursive: true });
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  for (const line of await registryBench()) console.log(line);
}
