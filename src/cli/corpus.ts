import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus } from '../corpus/pipeline/build-corpus.ts';
import { formatInputError, type InputError } from '../corpus/pipeline/input-error.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import { corpusJson } from '../corpus/serialize-corpus.ts';
import { unzipProject, zipProject } from '../project/project-zip.ts';
import { readDataDir } from './read-data-dir.ts';
import { summarizeCorpus } from '../corpus/summarize-corpus.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Builds the corpus the dashboard loads from a data folder.

Usage: npm run corpus -- [options]

Options:
  --data DIR     the data folder (default: data), or a project saved as a .zip of it
  --out FILE     where to write the corpus JSON (default: public/corpus.json)
  --auto-only    ignore reviews.yaml: the machine's own proposals, for measuring it
  --project FILE also write the data folder as a project .zip, the one the workbench opens
                 to curate a copy of this story (npm run build writes public/seed-project.zip)
  --help         show this help

Exits 0 when the corpus was written, 1 when the inputs have errors (the previous corpus is left
untouched), 2 when the command line is wrong.`;

/** Writes through a temporary file in the same folder and a rename, so readers never see half a file. */
async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * The project's files from a data folder or a .zip of one (read with the page's own unzip, so both
 * take the same zips), and how messages name the folder the files sit in.
 */
async function readProject(
  path: string,
  label: string,
): Promise<{ files: InputFiles; errors: InputError[]; root: string } | { missing: string }> {
  const kind = await stat(path).then(
    (s) => (s.isDirectory() ? 'folder' : s.isFile() ? 'file' : null),
    () => null,
  );
  if (/\.zip$/iu.test(path)) {
    if (kind !== 'file') return { missing: `${label}: no such zip file` };
    const unzipped = unzipProject(new Uint8Array(await readFile(path)), label);
    if (!unzipped.ok) {
      const errors = unzipped.problems.map(({ source, line, field, message }) => ({
        file: source,
        line,
        field,
        message,
      }));
      return { files: {}, errors, root: label };
    }
    const root = unzipped.root === '' ? label : `${label}/${unzipped.root}`;
    return { files: unzipped.files, errors: [], root };
  }
  if (kind !== 'folder') return { missing: `${label}: no such data folder` };
  return { ...(await readDataDir(path, label)), root: label };
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data' },
        out: { type: 'string', default: 'public/corpus.json' },
        'auto-only': { type: 'boolean', default: false },
        project: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(
      `corpus: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`,
    );
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Messages name the folder as the user wrote it.
  const label = args.data.replace(/[\\/]+$/u, '') || '.';
  const out = args.out;
  const failed = (lines: string[]) => {
    process.stderr.write(
      `corpus: the build failed; ${out} was left as it was.\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
    );
    return 1;
  };

  const data = await readProject(args.data, label);
  if ('missing' in data) return failed([data.missing]);
  if (data.errors.length > 0) return failed(data.errors.map(formatInputError));
  const result = buildCorpus(data.files, { autoOnly: args['auto-only'], root: data.root });
  if (!result.ok) return failed(result.errors.map(formatInputError));

  const json = corpusJson(result.corpus);
  await writeAtomically(out, json);
  process.stdout.write(
    `${summarizeCorpus(result.corpus, { autoOnly: args['auto-only'] }).join('\n')}\nwrote ${out} (${Math.round(Buffer.byteLength(json) / 1024)} kB)\n`,
  );
  if (args.project !== undefined) {
    // The files as read, zipped as the page zips a project: opening it gives back this corpus.
    const zip = zipProject(data.files);
    await writeAtomically(args.project, zip);
    process.stdout.write(`wrote ${args.project} (${Math.round(zip.length / 1024)} kB)\n`);
  }
  return 0;
}

runCli('corpus', main);
