#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/**
 * Runs Electronegativity over the main process, the preload and the page's HTML, and fails on
 * any finding. A finding may only be silenced in code with an `eng-disable` comment that sits
 * next to a `reviewed:` line giving the reason; a bare `eng-disable` fails this gate too.
 * The scanner exits 0 even with findings, so its SARIF report is what decides.
 */
const SCANNER = '@doyensec/electronegativity@1.10.3';
const ROOT = resolve(import.meta.dirname, '../..');
const SCANNED = ['electron', 'renderer/index.html', 'package.json'];

const electronVersion = createRequire(import.meta.url)('electron/package.json').version;
const stage = mkdtempSync(join(tmpdir(), 'studio-electronegativity-'));
const report = join(stage, 'report.sarif');

function stageSources() {
  const target = join(stage, 'app');
  for (const path of SCANNED) {
    mkdirSync(join(target, path, '..'), { recursive: true });
    cpSync(join(ROOT, path), join(target, path), { recursive: true });
  }
  return target;
}

/** Suppressions without a stated reason within two lines. */
function unexplainedSuppressions(folder) {
  const problems = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (!line.includes('eng-disable')) return;
      const near = lines.slice(Math.max(0, index - 2), index + 3).join('\n');
      if (!/reviewed:\s*\S/.test(near))
        problems.push(
          `${relative(folder, path)}:${index + 1} eng-disable without a "reviewed:" reason`,
        );
    });
  }
  return problems;
}

try {
  const scanned = stageSources();
  const run = spawnSync(
    'npx',
    ['-y', SCANNER, '-i', scanned, '-o', report, '-r', '-v', 'false', '-e', electronVersion],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let sarif;
  try {
    sarif = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.error(`Electronegativity did not produce a report (exit ${run.status}).`);
    console.error(run.stderr || run.stdout);
    process.exit(2);
  }
  const findings = (sarif.runs?.[0]?.results ?? []).map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const where = `${location?.artifactLocation?.uri ?? '?'}:${location?.region?.startLine ?? '?'}`;
    return `${where} ${result.ruleId}: ${result.message?.text ?? ''}`;
  });
  const problems = [...findings, ...unexplainedSuppressions(scanned)];
  if (problems.length > 0) {
    console.error(`Electronegativity gate: ${problems.length} problem(s) not reviewed:`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(`Electronegativity gate: no unreviewed findings (Electron ${electronVersion}).`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
