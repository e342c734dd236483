import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { decodeText } from '../corpus/pipeline/decode-text.ts';
import type { InputFiles } from '../corpus/pipeline/load-inputs.ts';
import type { ImportProblem } from './article-draft.ts';

/** The folder a project's files sit in inside the zips this module writes. */
export const ZIP_FOLDER = 'data';

/** The largest member read from a project zip, as its header declares it: 8 MB. */
export const MAX_MEMBER_BYTES = 8 * 1024 * 1024;

/** The most a project zip may inflate to in all, as its headers declare it: 64 MB. */
export const MAX_TOTAL_BYTES = 64 * 1024 * 1024;

// A zip stores local time without a zone. A date made from local fields reads back as the same
// fields everywhere, so the bytes do not depend on the machine's time zone. 1980 is the first
// year a zip can hold.
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * The project's files as a zip of the `data/` layout: members in path order, each with the same
 * fixed time, so the same files always give the same bytes.
 */
export function zipProject(files: InputFiles): Uint8Array {
  const members: Zippable = {};
  for (const name of Object.keys(files).sort()) {
    members[`${ZIP_FOLDER}/${name}`] = strToU8(files[name] ?? '');
  }
  return zipSync(members, { level: 6, mtime: FIXED_MTIME });
}

export type UnzipResult =
  | {
      ok: true;
      files: InputFiles;
      /** The folder inside the zip that held the project ("data", or "" at the top), for messages. */
      root: string;
    }
  | { ok: false; problems: ImportProblem[] };

interface Member {
  name: string;
  originalSize: number;
}

/** A member a data folder is made of: a catalogue file at its top, or an article. */
const PROJECT_FILE = /^(?:[^/]+\.yaml|articles\/[^/]+\.md)$/u;

/** What an operating system adds to a zip it makes, which is no part of the project. */
const SYSTEM_MEMBER = /(?:^|\/)(?:__MACOSX\/|\.DS_Store$|Thumbs\.db$)/u;

/** Whether a member's path could write outside the folder it is unpacked into. */
function escapes(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/u.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The members' own names, read from the zip's directory without inflating any of them. */
function listMembers(bytes: Uint8Array): Member[] {
  const members: Member[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      members.push({ name: file.name, originalSize: file.originalSize });
      return false;
    },
  });
  return members;
}

/** Where the project sits: at the top of the zip, or in its one top folder. */
function projectRoot(names: readonly string[]): string | null {
  const holds = (root: string) =>
    names.includes(`${root}outlets.yaml`) &&
    names.some((n) => n.startsWith(`${root}articles/`) && n.endsWith('.md'));
  if (holds('')) return '';
  const tops = new Set(names.map((n) => (n.includes('/') ? n.slice(0, n.indexOf('/')) : '')));
  const [top] = tops;
  return tops.size === 1 && top !== undefined && top !== '' && holds(`${top}/`) ? `${top}/` : null;
}

/**
 * Reads a project zip back into its files, or says what is wrong with it: not a zip, not a
 * project, a path that would escape its folder, a member too large (the limits are checked
 * against the declared sizes, before anything is inflated), a member that is not UTF-8. The
 * project may sit at the top of the zip or inside one top folder. Never throws.
 */
export function unzipProject(bytes: Uint8Array, fileName: string): UnzipResult {
  // Messages say what is wrong, not which file: `source` names the zip, or the zip and its member.
  const problem = (message: string, source = fileName) => ({
    ok: false as const,
    problems: [{ source, line: null, field: null, message, level: 'error' as const }],
  });
  let members: Member[];
  try {
    members = listMembers(bytes);
  } catch {
    return problem('not a zip file: expected a project saved as a .zip of its data folder');
  }
  const escaping = members.find((m) => escapes(m.name));
  if (escaping !== undefined) {
    return problem(
      `a member's path leaves its folder ("${escaping.name}"): refused, nothing was read`,
    );
  }
  const wanted = members.filter((m) => !m.name.endsWith('/') && !SYSTEM_MEMBER.test(m.name));
  const names = wanted.map((m) => m.name);
  const root = projectRoot(names);
  if (root === null) {
    return problem(
      'not a project: expected data/outlets.yaml and data/articles/<id>.md, at the top of the zip or inside one folder',
    );
  }
  const files = wanted.filter(
    (m) => m.name.startsWith(root) && PROJECT_FILE.test(m.name.slice(root.length)),
  );
  const seen = new Set<string>();
  for (const member of files) {
    if (seen.has(member.name)) {
      return problem(
        'the zip holds this file twice: expected one copy of each file',
        `${fileName}/${member.name}`,
      );
    }
    seen.add(member.name);
  }
  const large = files.find((m) => m.originalSize > MAX_MEMBER_BYTES);
  if (large !== undefined) {
    return problem(
      `the file would unpack to ${megabytes(large.originalSize)}; the limit is ${megabytes(MAX_MEMBER_BYTES)} per file: split or trim it`,
      `${fileName}/${large.name}`,
    );
  }
  const total = files.reduce((sum, m) => sum + m.originalSize, 0);
  if (total > MAX_TOTAL_BYTES) {
    return problem(
      `the project would unpack to ${megabytes(total)}; the limit is ${megabytes(MAX_TOTAL_BYTES)}: split it into smaller projects`,
    );
  }

  let inflated: Record<string, Uint8Array>;
  try {
    inflated = unzipSync(bytes, { filter: (file) => seen.has(file.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return problem(`the zip is damaged (${reason}): save the project again and retry`);
  }
  const text: Record<string, string> = {};
  const problems: ImportProblem[] = [];
  for (const member of files) {
    const decoded = decodeText(
      `${fileName}/${member.name}`,
      inflated[member.name] ?? new Uint8Array(),
    );
    if (decoded.ok) text[member.name.slice(root.length)] = decoded.text;
    else
      problems.push({
        source: decoded.error.file,
        line: decoded.error.line,
        field: null,
        message: decoded.error.message,
        level: 'error',
      });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, files: text, root: root.replace(/\/$/u, '') };
}
