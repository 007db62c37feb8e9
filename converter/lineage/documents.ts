// The documents the plans cite: the curated list (content/compare/documents.yaml) checked against
// every 《》 in the plans' Chinese, and the citations it gives each document.
import { SeedError } from '../errors.ts';
import { readCurated, type CuratedFile } from '../compare/read.ts';
import { documentsFileSchema, DOCUMENT_LEVELS, type CitedDocument } from '../../src/schemas/lineage.ts';
import type { Block, Inline } from '../types.ts';
import { citedTitles, titleKey } from './titles.ts';

export const DOCUMENTS_FILE = 'content/compare/documents.yaml';
const DOC = 'docs/lineage.md';

export interface DocumentList {
  file: CuratedFile<unknown>;
  documents: CitedDocument[];
  /** Title key → document. */
  byKey: Map<string, CitedDocument>;
}

/** Reads and checks the document list: its schema, unique IDs, and no two entries with one key. */
export function readDocuments(root: string): DocumentList {
  const file = readCurated<unknown>(root, DOCUMENTS_FILE, `create it (format: ${DOC})`);
  const r = documentsFileSchema.safeParse(file.data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const n = issue.path[1];
    const at = typeof n === 'number' ? file.itemLine(n, 'documents') : undefined;
    const field = issue.path[2];
    const line = typeof field === 'string' ? (file.lineOf(new RegExp(`^\\s+(- )?${field}:`), (at ?? 1) - 1) ?? at) : at;
    throw new SeedError(DOCUMENTS_FILE, line, `${issue.path.join('.')}: ${issue.message}`, `correct it (format: ${DOC})`);
  }
  const byKey = new Map<string, CitedDocument>();
  const ids = new Set<string>();
  r.data.documents.forEach((d, n) => {
    const at = file.itemLine(n, 'documents');
    if (ids.has(d.id)) throw new SeedError(DOCUMENTS_FILE, at, `document id "${d.id}" is used twice`, 'give each document its own id');
    ids.add(d.id);
    for (const title of [d.zh, ...d.variants]) {
      const key = titleKey(title);
      const other = byKey.get(key);
      if (other && other !== d) throw new SeedError(DOCUMENTS_FILE, at, `"${title}" (${d.id}) is the same document as ${other.id} once normalised (key "${key}")`, `merge the two entries, or keep one and list the other title under its "variants"`);
      byKey.set(key, d);
    }
  });
  return { file, documents: r.data.documents, byKey };
}

/** The document a cited title names, or a failure that says how to add it. */
export function documentOf(list: DocumentList, title: string, where: string): CitedDocument {
  const d = list.byKey.get(titleKey(title));
  if (!d) {
    throw new SeedError(DOCUMENTS_FILE, list.file.lineOf(/^documents:/), `《${title}》, cited in ${where}, is not in the list of documents (key "${titleKey(title)}")`, `add an entry for it (id, zh, en, enSource, kind, level; format: ${DOC}), or list the title under "variants" of the document it names`);
  }
  return d;
}

/** Text inlines with every cited title turned into a link to its document (the characters unchanged). */
export function linkCitations(blocks: Block[], list: DocumentList, plan: string): Block[] {
  const split = (text: string, eid: string): Inline[] => {
    const out: Inline[] = [];
    const chars = [...text];
    let k = 0;
    for (const c of citedTitles(text)) {
      if (c.start > k) out.push({ t: 'text', text: chars.slice(k, c.start).join('') });
      out.push({ t: 'doc', doc: documentOf(list, c.title, `${plan} ${eid}`).id, text: chars.slice(c.start, c.end).join('') });
      k = c.end;
    }
    if (k < chars.length) out.push({ t: 'text', text: chars.slice(k).join('') });
    return out;
  };
  return blocks.map((b) => (b.inlines.some((i) => i.t === 'text' && i.text.includes('《')) ? { ...b, inlines: b.inlines.flatMap((i) => (i.t === 'text' ? split(i.text, b.eid) : [i])) } : b));
}

/** Levels in the order of DOCUMENT_LEVELS (for sorting and for the page). */
export const levelRank = (level: CitedDocument['level']) => DOCUMENT_LEVELS.indexOf(level);

/** The English blocks with the English title of each document their Chinese cites linked, where the translation uses that title. */
export function linkEnglishCitations(english: Block[], chinese: Block[], list: DocumentList, plan: string): Block[] {
  return english.map((b, k) => {
    const zh = chinese[k]!;
    const cited = zh.inlines.flatMap((i) => (i.t === 'text' ? citedTitles(i.text).map((c) => documentOf(list, c.title, `${plan} ${zh.eid}`)) : []));
    if (!cited.length) return b;
    // Longest titles first, so a title inside a longer one is not linked on its own.
    const docs = [...new Set(cited)].sort((x, y) => y.en.length - x.en.length);
    let inlines: Inline[] = b.inlines;
    for (const d of docs) {
      inlines = inlines.flatMap((i): Inline[] => {
        if (i.t !== 'text' || !i.text.includes(d.en)) return [i];
        return i.text.split(d.en).flatMap((part, n): Inline[] => [...(n > 0 ? [{ t: 'doc' as const, doc: d.id, text: d.en }] : []), ...(part ? [{ t: 'text' as const, text: part }] : [])]);
      });
    }
    return inlines === b.inlines ? b : { ...b, inlines };
  });
}
