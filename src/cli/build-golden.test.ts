import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { readDataDir } from './read-data-dir.ts';

/**
 * The golden test of the corpus build: a small invented data folder and the corpus it must give,
 * compared whole. After a deliberate change, rewrite the expected file with
 * `UPDATE_GOLDEN=1 npx vitest run src/cli/build-golden.test.ts` and review its diff like code.
 */

const FIXTURE = 'src/corpus/pipeline/fixtures/golden';
const EXPECTED = join(FIXTURE, 'corpus.json');

async function build(autoOnly: boolean): Promise<string> {
  const data = await readDataDir(join(FIXTURE, 'data'), 'data');
  expect(data.errors).toEqual([]);
  const result = buildCorpus(data.files, { autoOnly });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return `${JSON.stringify(result.corpus, null, 2)}\n`;
}

describe('corpus build, golden', () => {
  it('builds the fixture folder into exactly the expected corpus', async () => {
    const actual = await build(false);
    if (process.env.UPDATE_GOLDEN === '1') await writeFile(EXPECTED, actual, 'utf8');
    expect(actual).toBe(await readFile(EXPECTED, 'utf8'));
  });

  it('is deterministic: two builds are byte-identical', async () => {
    expect(await build(false)).toBe(await build(false));
  });

  it('ignores the reviews with autoOnly: nothing is reviewed', async () => {
    const corpus = JSON.parse(await build(true)) as {
      figures: { origin: string }[];
      quotes: { origin: string }[];
    };
    expect([...corpus.figures, ...corpus.quotes].every((item) => item.origin === 'auto')).toBe(
      true,
    );
  });
});
