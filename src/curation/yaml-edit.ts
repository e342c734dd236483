import { isMap, isScalar, isSeq, parseDocument, stringify, type Node } from 'yaml';

/**
 * Edits to a YAML file a person also edits by hand, made as splices of its text: what is not
 * changed keeps its bytes, its comments and its line breaks. The `yaml` Document finds where each
 * value lies; new values are written by its stringifier, in the house style (single quotes, no
 * folding of long lines).
 */

const STYLE = { lineWidth: 0, singleQuote: true } as const;

/** One value set in one entry of a top-level list: `field` of the `index`-th entry. */
export interface ListFieldEdit {
  index: number;
  field: string;
  value: string;
}

export interface ListEdit {
  /** Entries to remove, by index in the file's list. */
  remove?: ReadonlySet<number>;
  /** Values to replace in place; a field the entry lacks is left as it is. */
  set?: readonly ListFieldEdit[];
  /** Entries to add after the existing ones, each preceded by a blank line. */
  append?: readonly { value: unknown; comment?: string }[];
}

interface Splice {
  from: number;
  to: number;
  text: string;
}

function applySplices(text: string, splices: readonly Splice[]): string {
  let out = text;
  for (const s of [...splices].sort((a, b) => b.from - a.from)) {
    out = out.slice(0, s.from) + s.text + out.slice(s.to);
  }
  return out;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** A scalar written on one line, as it would stand after "key: ". */
function inlineScalar(value: string): string {
  return stringify(value.replace(/\s+/gu, ' ').trim(), STYLE).replace(/\n$/u, '');
}

function rangeOf(node: Node | null | undefined): [number, number] | null {
  const range = node?.range;
  return range === undefined || range === null ? null : [range[0], range[1]];
}

/** The entries, each as YAML list text ("- key: value"), with a comment line above when given. */
function entriesText(append: ListEdit['append']): string {
  return (append ?? [])
    .map(({ value, comment }) => {
      const lines = comment === undefined ? '' : `${comment.replace(/^/gmu, '# ')}\n`;
      return lines + stringify([value], STYLE);
    })
    .join('\n');
}

/**
 * Applies the edits to the text of a file that holds one top-level list. The entries kept and the
 * comments between them stay byte for byte; a removed entry takes its own lines and the blank
 * lines before it. A file that is missing, empty or holds only comments gets the new entries; a
 * list written in flow style (`[]`) is rewritten in block style (its comments, if any, are lost).
 */
export function editYamlList(text: string | undefined, edit: ListEdit): string {
  const base = text ?? '';
  const added = entriesText(edit.append);
  const doc = parseDocument(base);
  const list = doc.contents;
  if (list !== null && (!isSeq(list) || list.flow === true)) {
    const items: unknown[] = Array.isArray(doc.toJS()) ? (doc.toJS() as unknown[]) : [];
    const kept = items.filter((_, i) => !edit.remove?.has(i));
    const all = [...kept, ...(edit.append ?? []).map((a) => a.value)];
    return all.length === 0 ? '[]\n' : stringify(all, STYLE);
  }
  const splices: Splice[] = [];
  if (isSeq(list)) {
    list.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const range = rangeOf(item);
      if (range === null) return;
      if (edit.remove?.has(i)) {
        let from = lineStart(base, range[0]);
        // The blank lines before the entry go with it, so no gap doubles.
        while (from > 0 && /^[ \t]*$/u.test(base.slice(lineStart(base, from - 1), from - 1))) {
          from = lineStart(base, from - 1);
        }
        splices.push({ from, to: range[1], text: '' });
        return;
      }
      for (const set of edit.set ?? []) {
        if (set.index !== i) continue;
        const pair = item.items.find((p) => isScalar(p.key) && p.key.value === set.field);
        const value = pair?.value;
        const at = isScalar(value) ? rangeOf(value) : null;
        if (at === null) continue;
        // A block scalar's range takes its last line break; the replacement keeps it.
        const newline = base.slice(at[0], at[1]).endsWith('\n') ? '\n' : '';
        splices.push({ from: at[0], to: at[1], text: inlineScalar(set.value) + newline });
      }
    });
  }
  const edited = applySplices(base, splices);
  if (added === '') return edited;
  const head = edited.replace(/\s*$/u, '');
  return head === '' ? added : `${head}\n\n${added}`;
}

/**
 * Sets top-level fields of a file that holds one map (corpus.yaml): a field present has its value
 * replaced in place, a missing one is added at the end, with a comment line above when given.
 */
export function setYamlFields(
  text: string,
  fields: readonly { key: string; value: unknown; comment?: string }[],
): string {
  const doc = parseDocument(text);
  const map = doc.contents;
  const splices: Splice[] = [];
  const missing: string[] = [];
  for (const { key, value, comment } of fields) {
    const pair = isMap(map)
      ? map.items.find((p) => isScalar(p.key) && p.key.value === key)
      : undefined;
    const at = pair === undefined ? null : rangeOf(pair.value);
    const written = stringify({ [key]: value }, STYLE);
    if (pair === undefined || at === null) {
      missing.push((comment === undefined ? '' : `# ${comment}\n`) + written);
      continue;
    }
    // The value alone, as it follows "key:" (a list goes on the lines below).
    const valueText = written.slice(written.indexOf(':') + 1).replace(/^ /u, '');
    const newline = text.slice(at[0], at[1]).endsWith('\n') ? '\n' : '';
    const keyEnd = rangeOf(pair.key)?.[1] ?? at[0];
    splices.push({
      from: keyEnd,
      to: at[1],
      text: `:${valueText.startsWith('\n') ? '' : ' '}${valueText.replace(/\n$/u, '')}${newline}`,
    });
  }
  const edited = applySplices(text, splices);
  if (missing.length === 0) return edited;
  const head = edited.replace(/\s*$/u, '');
  return `${head === '' ? '' : `${head}\n`}${missing.join('')}`;
}
