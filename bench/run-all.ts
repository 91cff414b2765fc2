import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './lib/server.js';
import { indicatorsBench } from './indicators.bench.js';
import { provinceBench } from './province.bench.js';
import { unstuckBench } from './unstuck.bench.js';
import { registryBench } from './registry.bench.js';
import { startupBench } from './startup.bench.js';

// `npm run bench`: every benchmark, printed as the lines bench/README.md quotes.
// `npm run bench -- startup` or `-- registry` runs one.

const which = process.argv.slice(2);
const all: [string, () => Promise<string[]>][] = [
  ['startup', startupBench],
  ['registry', registryBench],
  ['indicators', indicatorsBench],
  ['province', provinceBench],
  ['unstuck', unstuckBench],
];
fs.mkdirSync(path.join(ROOT, 'bench/.data'), { recursive: true });
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
for (const [name, bench] of all) {
  if (which.length && !which.includes(name)) continue;
  for (const line of await bench()) console.log(line);
}
