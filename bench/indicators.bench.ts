import path from 'node:path';
import { growProjects } from './lib/generate.js';
import { growReports } from './lib/generate-reports.js';
import { databaseUrl, ROOT, signIn, startServer, timeRequests } from './lib/server.js';
import { ms, summary } from './lib/stats.js';

// Budget (district scale, 1,000 projects × 60 months): any indicator query ≤ 50 ms p95.

const PROJECTS = Number(process.env.BENCH_DISTRICT_PROJECTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);

export async function indicatorsBench(): Promise<string[]> {
  const dataDir = path.join(ROOT, 'bench/.data/indicators');
  const server = await startServer(dataDir, { TUIJIN_DEMO: '1' });
  try {
    const url = databaseUrl(dataDir);
    await growProjects(url, PROJECTS);
    const reports = await growReports(url, [2022, 2023, 2024, 2025, 2026], 10);
    const { cookie } = await signIn(server.baseUrl);
    const list = (await (
      await fetch(`${server.baseUrl}/api/v1/projects?pageSize=1`, { headers: { cookie } })
    ).json()) as { items: { id: string }[] };
    const projectId = list.items[0]!.id;
    const cases: [string, string][] = [
      ['district summary by direction', '/api/v1/indicators/summary?period=2026-10&groupBy=direction'],
      ['summary by responsible unit', '/api/v1/indicators/summary?period=2026-09&groupBy=unit'],
      ['warning board, red, page 1', '/api/v1/warnings?period=2026-10&colour=red'],
      ['one project with light and forecast', `/api/v1/projects/${projectId}/indicators?period=2026-10`],
    ];
    const lines = [
      `indicators, ${PROJECTS} projects, ${reports} monthly reports (${RUNS} sequential requests each, kept figures):`,
    ];
    for (const [name, p] of cases) {
      const t = await timeRequests(server.baseUrl, cookie, p, RUNS);
      const s = summary(t.rest);
      lines.push(
        `  ${name}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)} (first request ${ms(t.first)}, computing what was not kept)`,
      );
    }
    return lines;
  } finally {
    await server.stop();
  }
}
