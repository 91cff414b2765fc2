// Browser journeys: makes sure Debian's Chromium and CJK fonts are there (installing them when
// running as root), builds the web app if needed, then runs the e2e project of Vitest.
import { execSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.TUIJIN_CHROMIUM ?? '/usr/bin/chromium';
const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk';

function hasCjkFont() {
  try {
    return /Noto (Sans|Serif) CJK/i.test(execSync('fc-list :lang=zh family', { encoding: 'utf8' }));
  } catch {
    return false;
  }
}

if (!fs.existsSync(CHROMIUM) || !hasCjkFont()) {
  if (process.getuid?.() === 0) {
    console.log(`Installing Chromium and CJK fonts: ${INSTALL}`);
    const r = spawnSync('sh', ['-c', INSTALL], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status !== 0) process.exit(r.status ?? 1);
  } else {
    console.error(`The browser journeys need Chromium and CJK fonts. Install them with:\n  sudo sh -c '${INSTALL}'`);
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const r = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC' },
});
process.exit(r.status ?? 1);
