/**
 * Writes the JSON Schema of the corpus, generated from the zod schema so it is never written twice.
 * With --check, fails when the committed file is not current.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { CorpusSchema } from '../src/corpus/schema.ts';

const OUT = new URL('../data/corpus.schema.json', import.meta.url);

const schema = z.toJSONSchema(CorpusSchema, { target: 'draft-2020-12' });
const text = `${JSON.stringify({ title: 'Fact-check dashboard corpus', ...schema }, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('data/corpus.schema.json is out of date: run `npm run schema` and commit it.');
    process.exit(1);
  }
  console.log('data/corpus.schema.json is current.');
} else {
  await writeFile(OUT, text);
  console.log('wrote data/corpus.schema.json');
}
