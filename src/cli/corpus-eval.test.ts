import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('measures a development set story by story, and skips a story whose texts are absent', () => {
    // A one-story set written for this test: one article, its gold, and a story without texts.
    const root = mkdtempSync(join(tmpdir(), 'devset-'));
    const story = join(root, 'x-flood');
    mkdirSync(join(story, 'articles'), { recursive: true });
    mkdirSync(join(story, 'gold'));
    mkdirSync(join(root, 'y-absent', 'gold'), { recursive: true });
    writeFileSync(join(story, 'corpus.yaml'), 'title: A flood\nreferenceDate: 2020-03-03\n');
    writeFileSync(
      join(story, 'outlets.yaml'),
      '- id: wire\n  name: Wire\n  kind: wire\n  identification: { how: unknown, evidence: [] }\n',
    );
    for (const name of ['events', 'people', 'claims', 'reviews'])
      writeFileSync(join(story, `${name}.yaml`), '[]\n');
    writeFileSync(
      join(story, 'articles', 'x1.md'),
      "---\nid: x1\noutlet: wire\ntitle: null\npublished: '2020-03-03'\nurl: null\n---\nFloods killed at least 12 people on Monday, officials said.\n",
    );
    writeFileSync(
      join(story, 'gold', 'x1.yaml'),
      'article: x1\nfigures:\n  - quote: at least 12 people\n    low: 12\n    high: null\n    qualifier: at least\n    vague: false\n    group: people\n    outcome: killed\n    role: total\n    event: null\n    attributedTo: officials\n',
    );
    const result = run(['--dev', '--devset', root]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('y-absent');
    const row = result.stdout.split('\n').find((line) => line.trim().startsWith('x-flood'));
    // 1 article, 1 gold figure, found exactly: precision and recall 1.
    expect(row?.trim().split(/\s+/).slice(0, 5)).toEqual(['x-flood', '1', '1', '1.000', '1.000']);
  }, 120_000);
});
