// Builds the web app into packages/web/dist. With --if-stale it builds only when the sources
// changed since the last build (a hash of every input is kept beside the output).
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'packages/web');
const stamp = path.join(web, 'dist/.build-hash');
const inputs = [
  path.join(web, 'src'),
  path.join(root, 'packages/shared/src'),
  path.join(web, 'index.html'),
  path.join(web, 'vite.config.ts'),
  path.join(web, 'package.json'),
  path.join(web, 'public'),
];

function hashInputs() {
  const h = crypto.createHash('sha256');
  const walk = (p) => {
    if (!fs.existsSync(p)) return;
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e));
    else h.update(path.relative(root, p)).update(fs.readFileSync(p));
  };
  inputs.forEach(walk);
  return h.digest('hex');
}

if (!fs.existsSync(path.join(web, 'index.html'))) process.exit(0);
const hash = hashInputs();
if (process.argv.includes('--if-stale') && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash)
  process.exit(0);
if (!fs.existsSync(path.join(root, 'node_modules/vite'))) {
  console.error('The web app needs its dependencies: run npm ci first.');
  process.exit(1);
}
console.log('Building the web app…');
const r = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  { cwd: web, stdio: 'inherit' },
);
if (r.status !== 0) process.exit(r.status ?? 1);
fs.writeFileSync(stamp, hash);
