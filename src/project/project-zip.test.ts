import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_MEMBER_BYTES,
  MAX_TOTAL_BYTES,
  unzipProject,
  zipProject,
  type UnzipResult,
} from './project-zip.ts';

const FILES = {
  'outlets.yaml': '- id: harbour-post\n  name: Harbour Post\n',
  'corpus.yaml': 'title: Bridge closed\nreferenceDate: 2023-04-02\n',
  'articles/001.md': '---\nid: "001"\n---\nThe old bridge at Velm closed on Sunday.\r\n',
  'articles/002.md':
    '---\nid: "002"\n---\n\nGale winds shut the bridge, the council said — “for now”.',
};

function messages(result: UnzipResult): string[] {
  if (result.ok) throw new Error('expected the zip to be refused');
  return result.problems.map(
    (p) => `${p.source}${p.line === null ? '' : `:${p.line}`}: ${p.message}`,
  );
}

/** A zip whose central directory declares a size for one member other than its real one. */
function withDeclaredSize(zip: Uint8Array, member: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(member);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const here = out.subarray(at + 46, at + 46 + length);
    if (here.length === name.length && here.every((b, i) => b === name[i])) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}

describe('zipProject', () => {
  it('gives the same bytes for the same files, whatever order they were added in', () => {
    const reversed = Object.fromEntries(Object.entries(FILES).reverse());
    expect(zipProject(reversed)).toEqual(zipProject(FILES));
  });

  it('stamps every member with the same time, 1980-01-01 00:00, in any time zone', () => {
    const zip = zipProject(FILES);
    const view = new DataView(zip.buffer, zip.byteOffset);
    // The first local header: DOS time then DOS date, at bytes 10 and 12.
    expect([view.getUint16(10, true), view.getUint16(12, true)]).toEqual([0, (1 << 5) | 1]);
  });

  it('puts the files under data/, in path order', () => {
    const names: string[] = [];
    unzipSync(zipProject(FILES), { filter: (f) => (names.push(f.name), false) });
    expect(names).toEqual([
      'data/articles/001.md',
      'data/articles/002.md',
      'data/corpus.yaml',
      'data/outlets.yaml',
    ]);
  });
});

describe('unzipProject', () => {
  it('reads back exactly the files it zipped', () => {
    expect(unzipProject(zipProject(FILES), 'bridge.zip')).toEqual({
      ok: true,
      files: FILES,
      root: 'data',
    });
  });

  it('reads back any well-formed text exactly', () => {
    const text = fc.string({ unit: 'binary' }).filter((t) => !/[\uD800-\uDFFF]/u.test(t));
    fc.assert(
      fc.property(text, (body) => {
        const files = { ...FILES, 'articles/002.md': body };
        const result = unzipProject(zipProject(files), 'any.zip');
        expect(result.ok && result.files).toEqual(files);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts the folder at the top of the zip or in any one top folder, and skips the rest', () => {
    const top = zipSync({
      'outlets.yaml': strToU8(FILES['outlets.yaml']),
      'articles/001.md': strToU8(FILES['articles/001.md']),
      'notes.txt': strToU8('not part of the project'),
      '__MACOSX/._outlets.yaml': new Uint8Array([0, 5, 22, 7]),
    });
    expect(unzipProject(top, 'top.zip')).toEqual({
      ok: true,
      files: { 'outlets.yaml': FILES['outlets.yaml'], 'articles/001.md': FILES['articles/001.md'] },
      root: '',
    });
    const nested = zipSync({
      'bridge-story/outlets.yaml': strToU8(FILES['outlets.yaml']),
      'bridge-story/articles/001.md': strToU8(FILES['articles/001.md']),
    });
    const result = unzipProject(nested, 'nested.zip');
    expect(result.ok && result.root).toBe('bridge-story');
  });

  it('refuses what is not a zip, and a zip that is not a project', () => {
    expect(messages(unzipProject(strToU8('title: not a zip'), 'notes.zip'))).toEqual([
      'notes.zip: not a zip file: expected a project saved as a .zip of its data folder',
    ]);
    const photos = zipSync({ 'a/outlets.yaml': strToU8('[]'), 'b/articles/1.md': strToU8('x') });
    expect(messages(unzipProject(photos, 'photos.zip'))).toEqual([
      'photos.zip: not a project: expected data/outlets.yaml and data/articles/<id>.md, at the top of the zip or inside one folder',
    ]);
  });

  it('refuses a member whose path leaves its folder', () => {
    for (const bad of ['data/../../etc/profile', '/etc/profile', 'data\\..\\x']) {
      const zip = zipSync({
        'data/outlets.yaml': strToU8('[]'),
        'data/articles/001.md': strToU8('x'),
        [bad]: strToU8('x'),
      });
      expect(messages(unzipProject(zip, 'evil.zip'))[0]).toBe(
        `evil.zip: a member's path leaves its folder ("${bad}"): refused, nothing was read`,
      );
    }
  });

  it('refuses a member or a whole larger than the limits by their declared sizes', () => {
    const zip = zipProject(FILES);
    // Nearly 4 GB declared: inflating before checking would try to allocate it.
    const big = withDeclaredSize(zip, 'data/articles/002.md', 0xf0000000);
    expect(messages(unzipProject(big, 'big.zip'))).toEqual([
      `big.zip/data/articles/002.md: the file would unpack to 3840.0 MB; the limit is ${MAX_MEMBER_BYTES / (1024 * 1024)}.0 MB per file: split or trim it`,
    ]);
    const many: Record<string, string> = { ...FILES };
    for (let i = 3; i < 12; i++) many[`articles/${String(i).padStart(3, '0')}.md`] = 'x';
    let bomb = zipProject(many);
    for (let i = 3; i < 12; i++) {
      bomb = withDeclaredSize(
        bomb,
        `data/articles/${String(i).padStart(3, '0')}.md`,
        MAX_MEMBER_BYTES,
      );
    }
    expect(messages(unzipProject(bomb, 'bomb.zip'))[0]).toContain(
      `bomb.zip: the project would unpack to 72.0 MB; the limit is ${MAX_TOTAL_BYTES / (1024 * 1024)}.0 MB`,
    );
  });

  it('refuses a member that is not UTF-8, naming the member and its line', () => {
    const zip = zipSync({
      'data/outlets.yaml': strToU8('[]'),
      'data/articles/001.md': new Uint8Array([...strToU8('---\nid: "001"\n---\nCaf'), 0xe9, 0x0a]),
    });
    expect(messages(unzipProject(zip, 'latin.zip'))).toEqual([
      'latin.zip/data/articles/001.md:4: not UTF-8 text (byte 0xe9 at offset 21): expected a UTF-8 text file; save it as UTF-8, or remove it if it is not an article',
    ]);
  });
});
