import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeText } from '../corpus/pipeline/decode-text.ts';
import type { InputError } from '../corpus/pipeline/input-error.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';

/** What a data folder holds, as text, and the files that could not be read as UTF-8 text. */
export interface DataDir {
  files: InputFiles;
  errors: InputError[];
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Reads the YAML files of a data folder and its `articles/*.md`, keyed by path relative to the
 * folder. `label` is how messages name the folder.
 */
export async function readDataDir(dir: string, label: string): Promise<DataDir> {
  const names = [
    ...(await listFiles(dir)).filter((n) => n.endsWith('.yaml')),
    ...(await listFiles(join(dir, 'articles')))
      .filter((n) => n.endsWith('.md'))
      .map((n) => `articles/${n}`),
  ];
  const files: Record<string, string> = {};
  const errors: InputError[] = [];
  for (const name of names) {
    const decoded = decodeText(`${label}/${name}`, await readFile(join(dir, name)));
    if (decoded.ok) files[name] = decoded.text;
    else errors.push(decoded.error);
  }
  return { files, errors };
}
