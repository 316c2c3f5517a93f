// The 新旧对照表 as a Word document, the form offices attach to a revised
// plan: A4 landscape, the header row repeated on every page, deletions struck
// through and insertions underlined in red, 第 N 页，共 M 页 at the foot.
import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';
import { withoutXmlForbidden } from '../../render/escape.js';
import { FIXED_DATE, stablePackage } from '../../render/package.js';
import type { PlanDiff } from '../types.js';
import type { Lang } from './labels.js';
import { REVISION_COLUMNS, REVISION_TITLE, revisionRows, type Run } from './revision.js';

// twentieths of a point: A4 portrait (Word turns it for landscape), margins of 2 cm, and the columns filling the width between
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const COLUMN_WIDTHS = [700, 6300, 6300, 1270];
const RED = 'C00000';
// half-points: 10.5 pt (五号), the size of a table in a 公文
const SIZE = 21;
const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' };

/** A run of text; the characters XML forbids are left out here, for every run of the document. */
function text(value: string, style: IRunOptions = {}): TextRun {
  return new TextRun({ ...style, text: withoutXmlForbidden(value), size: SIZE, font: FONT });
}

function paragraphs(runs: Run[][], which: 'a' | 'b'): Paragraph[] {
  const changed: IRunOptions = which === 'a' ? { strike: true, color: RED } : { underline: {}, bold: true, color: RED };
  // a run of nothing but characters XML forbids is left out whole
  const list = runs.map(
    (line) =>
      new Paragraph({ children: line.filter((r) => withoutXmlForbidden(r.text)).map((r) => text(r.text, r.changed ? changed : {})) }),
  );
  // a cell must hold a paragraph, even an empty one
  return list.length ? list : [new Paragraph({})];
}

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP });
}

const centred = (value: string, bold = false) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, { bold })] });

/** The 新旧对照表 as .docx bytes, the same for the same diff. */
export async function renderRevisionDocument(d: PlanDiff, lang: Lang): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: REVISION_COLUMNS[lang].map((name, i) => cell([centred(name, true)], COLUMN_WIDTHS[i]!)),
  });
  const rows = revisionRows(d, lang).map(
    (r) =>
      new TableRow({
        children: [
          cell([centred(String(r.no))], COLUMN_WIDTHS[0]!),
          cell(paragraphs(r.a, 'a'), COLUMN_WIDTHS[1]!),
          cell(paragraphs(r.b, 'b'), COLUMN_WIDTHS[2]!),
          cell(
            r.note.split('\n').map((line) => new Paragraph({ children: [text(line)] })),
            COLUMN_WIDTHS[3]!,
          ),
        ],
      }),
  );
  const title = REVISION_TITLE[lang];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: SIZE,
            font: FONT,
            children:
              lang === 'zh'
                ? ['第 ', PageNumber.CURRENT, ' 页，共 ', PageNumber.TOTAL_PAGES, ' 页']
                : ['page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: 'plan',
    title,
    sections: [
      {
        properties: {
          page: {
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        footers: { default: footer },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, bold: true, size: 32, font: FONT })] }),
          centred(`${d.a.title ?? d.a.path} → ${d.b.title ?? d.b.path}`),
          new Table({
            rows: [header, ...rows],
            layout: TableLayoutType.FIXED,
            columnWidths: COLUMN_WIDTHS,
            width: { size: COLUMN_WIDTHS.reduce((s, w) => s + w, 0), type: WidthType.DXA },
          }),
        ],
      },
    ],
  });
  // the document's properties carry the time of writing: stamped with the fixed instant instead
  const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
  return stablePackage(await Packer.toBuffer(doc), {
    'docProps/core.xml': (xml) => xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${stamp}`),
  });
}
