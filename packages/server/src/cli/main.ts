import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@tuijin/shared';
import { eq } from 'drizzle-orm';
import { loadConfig, loadDotEnv } from '../config.js';
import { connect } from '../db/connect.js';
import { openDatabase, runMigrations } from '../db/database.js';
import { regions, units } from '../db/schema.js';
import { openFileStorage } from '../lib/storage/open-file-storage.js';
import { backup, restore } from '../modules/backup/backup.service.js';
import { verifyJournal } from '../modules/journal/journal.service.js';
import { createUnitAsSystem, createUserAsSystem, ensureRegion } from '../modules/org/bootstrap.js';

// Operations without the web app: first set-up, users, journal verification, backup, restore.
// Run as `npm run cli -- <command> [options]`; every command takes --help.

const HELP: Record<string, string> = {
  setup: `setup: creates the region tree of a district, its project office and the first administrator.
  --province NAME:CODE --city NAME:CODE --district NAME:CODE   e.g. --district 示范区:990102
  --office NAME            the project office unit (default: 区发展和改革委员会（区重点项目办）)
  --admin USERNAME --admin-name NAME
  --password-stdin         read the password from standard input (or set TUIJIN_ADMIN_PASSWORD)`,
  'user:create': `user:create: creates a user.
  --username U --name NAME --role ${ROLES.join('|')} --region-code CODE [--unit "UNIT NAME"]
  --password-stdin         read the password from standard input (or set TUIJIN_USER_PASSWORD)`,
  'journal:verify':
    'journal:verify: checks every chain of the journal; exits 1 and names the first broken entry if any.',
  backup:
    'backup --out FILE: a consistent backup of the whole database and the stored files (photos), while Tuijin runs or not.',
  restore:
    'restore --in FILE [--replace]: loads a backup into an empty database (--replace: overwrite) and its files into the files folder. Stop Tuijin first.',
};

function usage(): never {
  process.stdout.write(`Usage: npm run cli -- <command> [options]\n\n${Object.values(HELP).join('\n\n')}\n`);
  process.exit(2);
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function readPassword(flag: boolean | undefined, envName: string): Promise<string> {
  const value = flag ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : process.env[envName];
  if (!value || value.length < 8)
    fail(`A password of at least 8 characters is needed (--password-stdin or ${envName}).`);
  return value;
}

function nameCode(value: string | undefined, what: string): { name: string; code: string } {
  const m = /^(.+):(\d{6,12})$/.exec(value ?? '');
  if (!m) fail(`--${what} must be NAME:CODE, e.g. 示范区:990102`);
  return { name: m[1]!, code: m[2]! };
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || !(command in HELP)) usage();
  const { values } = parseArgs({
    args: rest,
    options: {
      help: { type: 'boolean' },
      province: { type: 'string' },
      city: { type: 'string' },
      district: { type: 'string' },
      office: { type: 'string' },
      admin: { type: 'string' },
      'admin-name': { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      'region-code': { type: 'string' },
      unit: { type: 'string' },
      'password-stdin': { type: 'boolean' },
      out: { type: 'string' },
      in: { type: 'string' },
      replace: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP[command]}\n`);
    return;
  }
  loadDotEnv();
  const config = loadConfig();
  const log = (_level: string, message: string) => process.stderr.write(`${message}\n`);
  const connection = await connect(config, log, { attach: command !== 'restore' });
  const database = openDatabase(connection.url, 2);
  try {
    await runMigrations(connection.url);
    const db = database.db;
    if (command === 'setup') {
      const [province, city, district] = [
        nameCode(values.province, 'province'),
        nameCode(values.city, 'city'),
        nameCode(values.district, 'district'),
      ];
      if (!values.admin || !values['admin-name']) fail('--admin and --admin-name are required');
      const password = await readPassword(values['password-stdin'], 'TUIJIN_ADMIN_PASSWORD');
      await db.transaction(async (tx) => {
        const p = await ensureRegion(tx, { parentId: null, level: 'province', ...province });
        const c = await ensureRegion(tx, { parentId: p.id, level: 'city', ...city });
        const d = await ensureRegion(tx, { parentId: c.id, level: 'district', ...district });
        const office = await createUnitAsSystem(tx, {
          districtId: d.id,
          kind: 'office',
          name: values.office ?? '区发展和改革委员会（区重点项目办）',
          shortName: '区项目办',
        });
        await createUserAsSystem(tx, {
          username: values.admin!,
          displayName: values['admin-name']!,
          phone: null,
          unitId: office.id,
          districtId: d.id,
          password,
          roles: [{ role: 'admin', scopeRegionId: d.id }],
        });
      });
      process.stdout.write(`District ${district.name} and administrator ${values.admin} created.\n`);
    } else if (command === 'user:create') {
      if (!values.username || !values.name || !values.role || !values['region-code']) fail(HELP['user:create']!);
      if (!(ROLES as readonly string[]).includes(values.role)) fail(`--role must be one of ${ROLES.join(', ')}`);
      const password = await readPassword(values['password-stdin'], 'TUIJIN_USER_PASSWORD');
      const [region] = await db.select().from(regions).where(eq(regions.code, values['region-code']));
      if (!region) fail(`No region with code ${values['region-code']}`);
      const districtId = region.level === 'district' ? region.id : region.level === 'street' ? region.parentId : null;
      let unitId: string | null = null;
      if (values.unit) {
        const [unit] = await db.select().from(units).where(eq(units.name, values.unit));
        if (!unit) fail(`No unit named ${values.unit}`);
        unitId = unit.id;
      }
      await db.transaction((tx) =>
        createUserAsSystem(tx, {
          username: values.username!,
          displayName: values.name!,
          phone: null,
          unitId,
          districtId,
          password,
          roles: [{ role: values.role as Role, scopeRegionId: region.id }],
        }),
      );
      process.stdout.write(`User ${values.username} created.\n`);
    } else if (command === 'journal:verify') {
      const result = await verifyJournal(db);
      for (const c of result.chains) {
        const chain = c.districtId ?? 'global';
        process.stdout.write(
          c.firstBrokenSeq === null
            ? `chain ${chain}: ${c.entries} entries, intact\n`
            : `chain ${chain}: BROKEN at entry ${c.firstBrokenSeq}: ${c.problem}\n`,
        );
      }
      if (!result.ok) process.exitCode = 1;
    } else if (command === 'backup') {
      if (!values.out) fail('--out FILE is required');
      const r = await backup(connection.url, values.out, { storage: openFileStorage(config) });
      const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Backup written to ${values.out}: ${Object.keys(r.tables).length} tables, ${rows} rows, ${r.files?.files ?? 0} files.\n`,
      );
      for (const key of r.files?.missing ?? []) process.stderr.write(`Missing from ${config.filesDir}: ${key}\n`);
      for (const key of r.files?.damaged ?? []) process.stderr.write(`Does not match its SHA-256: ${key}\n`);
      if (r.files?.missing.length || r.files?.damaged.length) process.exitCode = 1;
    } else if (command === 'restore') {
      if (!values.in) fail('--in FILE is required');
      const r = await restore(connection.url, values.in, {
        replace: values.replace,
        storage: openFileStorage(config),
      });
      const rows = Object.values(r.tables).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Restored ${rows} rows into ${Object.keys(r.tables).length} tables and ${r.files} files into ${config.filesDir}.\n`,
      );
    }
  } catch (err) {
    process.exitCode = 1;
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  } finally {
    await database.close();
    await connection.stop();
  }
}

void main();
