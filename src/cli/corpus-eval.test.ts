import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** `npm run corpus:eval` on the shipped data: the reviewed corpus must match the gold in every cell. */

function run(args: string[]) {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/corpus-eval.ts', ...args],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

interface Score {
  kind: string;
  precision: number;
  recall: number;
  exactPrecision: number;
  exactRecall: number;
}

describe('npm run corpus:eval', () => {
  it('reports the auto-only and reviewed builds as JSON; the reviewed one is perfect', () => {
    const result = run(['--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<
      string,
      { perfect: boolean; scores: Score[]; notVerbatim: string[] }
    >;
    expect(Object.keys(report)).toEqual(['auto-only build', 'reviewed build']);
    const reviewed = report['reviewed build']!;
    expect(reviewed.perfect).toBe(true);
    expect(reviewed.notVerbatim).toEqual([]);
    const auto = report['auto-only build']!;
    expect(auto.scores.map((s) => s.kind)).toEqual([
      'figures',
      'roles',
      'dates',
      'quotes',
      'evidence',
      'stance',
    ]);
    expect(auto.notVerbatim).toEqual([]);
  }, 120_000);

  it('prints a table by default', () => {
    const result = run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^auto-only build \(articles 000, 001, 002, 003, 004\)\n/);
    expect(result.stdout).toMatch(/\n {2}figures +\d+ +\d+/);
    expect(result.stdout).toMatch(/\nreviewed build /);
  }, 120_000);
});
