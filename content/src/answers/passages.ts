/**
 * The docs cut into passages small enough to answer one question: a paragraph, one list item, or
 * one cell of a table with its row and column names. Each passage keeps where it sits (page,
 * `##` section, `###` heading, the sentence that introduces its list) so an answer can be shown in
 * context and linked to its section.
 */
import type { DocPage } from '../load/docs.ts';

/** One passage of the docs. */
export interface Passage {
  page: string;
  pageTitle: string;
  /** Anchor of the `##` section; empty for the text above the first section. */
  anchor: string;
  /** Title of the `##` section; the page title for the text above the first section. */
  section: string;
  /** The `###` heading the passage sits under, if any. */
  heading?: string;
  kind: 'paragraph' | 'item' | 'cell';
  /** The passage's markdown; for a table cell, the cell's value. */
  text: string;
  /** For a list item: the paragraph just before its list ("Never use them to:"). */
  lead?: string;
  /**
   * Number of the list an item belongs to, or of the list a paragraph introduces (it ends with
   * a colon): an answer shows the whole list.
   */
  group?: number;
  /** For a table cell: the label in the row's first cell, and the column's header. */
  row?: string;
  column?: string;
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;
const TABLE_ROW = /^\s*\|(.*)\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}/;

/** Every passage of every page. */
export function docPassages(docs: readonly DocPage[]): Passage[] {
  const out: Passage[] = [];
  let groups = 0;
  for (const doc of docs) {
    const blocks: { anchor: string; section: string; text: string }[] = [
      { anchor: '', section: doc.title, text: doc.intro },
      ...doc.sections.map((s) => ({ anchor: s.anchor, section: s.title, text: s.text })),
    ];
    for (const block of blocks) {
      const base = { page: doc.slug, pageTitle: doc.title, anchor: block.anchor, section: block.section };
      let heading: string | undefined;
      let paragraph: string[] = [];
      let lastParagraph: Passage | undefined;
      let list: number | undefined;
      let table: string[][] = [];
      const flushParagraph = () => {
        if (paragraph.length === 0) return;
        lastParagraph = { ...base, heading, kind: 'paragraph', text: paragraph.join(' ').trim() };
        out.push(lastParagraph);
        paragraph = [];
      };
      const flushTable = () => {
        out.push(...tableCells(table, { ...base, heading }));
        table = [];
      };
      for (const line of block.text.split('\n')) {
        const sub = /^#{3,6}\s+(.+?)\s*#*$/.exec(line);
        const item = LIST_ITEM.exec(line);
        const row = TABLE_ROW.exec(line);
        if (!row && table.length) flushTable();
        if (sub?.[1]) {
          flushParagraph();
          heading = sub[1];
          lastParagraph = undefined;
          list = undefined;
        } else if (row) {
          flushParagraph();
          if (!TABLE_RULE.test(line)) table.push(splitRow(row[1] ?? ''));
        } else if (item) {
          flushParagraph();
          if (list === undefined) {
            list = ++groups;
            // A paragraph ending in a colon introduces the list: show them together.
            if (lastParagraph?.text.endsWith(':')) lastParagraph.group = list;
          }
          out.push({ ...base, heading, kind: 'item', text: item[1]?.trim() ?? '', lead: lastParagraph?.text, group: list });
        } else if (line.trim() === '') {
          flushParagraph();
        } else if (list !== undefined && /^\s{2,}\S/.test(line)) {
          // A continuation line of the last list item.
          const last = out.at(-1);
          if (last) last.text = `${last.text} ${line.trim()}`;
        } else {
          list = undefined;
          if (paragraph.length === 0) lastParagraph = undefined;
          paragraph.push(line.trim());
        }
      }
      flushParagraph();
      if (table.length) flushTable();
    }
  }
  return out.filter((p) => p.text !== '');
}

function splitRow(inner: string): string[] {
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** One passage per body cell of a table whose first column labels its rows. */
function tableCells(rows: string[][], base: Omit<Passage, 'kind' | 'text'>): Passage[] {
  const [header, ...body] = rows;
  if (!header) return [];
  const label = (s: string) => s.replace(/\*\*/g, '').trim();
  const out: Passage[] = [];
  for (const cells of body) {
    const row = label(cells[0] ?? '');
    for (let i = 1; i < cells.length; i++) {
      const text = cells[i] ?? '';
      if (text) out.push({ ...base, kind: 'cell', text, row, column: label(header[i] ?? '') });
    }
  }
  return out;
}
