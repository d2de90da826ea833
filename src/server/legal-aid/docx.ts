import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentText } from '../../domain/legal-aid/documents';

const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' };
/** Half-points: 小四 = 12 pt, 三号 = 16 pt. */
const BODY = 24;
const TITLE = 32;

const run = (text: string, opts: { bold?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: opts.size ?? BODY, bold: opts.bold });
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function factsTable(facts: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: facts.map(([label, value]) => new TableRow({
      children: [
        new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [run(label, { bold: true })] })] }),
        new TableCell({ width: { size: 75, type: WidthType.PERCENTAGE }, children: value.split('\n').map((v) => new Paragraph({ children: [run(v)] })) }),
      ],
    })),
  });
}

/**
 * Renders a document's text as a real Word file (.docx, Office Open XML) with the `docx`
 * library: a centred title, the reference number, the facts as a bordered table, the body
 * paragraphs and the issuing station's signature, in 宋体 for printing at the window.
 *
 * @example const bytes = await renderDocx(documentText('receipt', facts)); // Buffer starting with 'PK'
 */
export async function renderDocx(text: Omit<DocumentText, 'kind'>): Promise<Buffer> {
  const doc = new Document({
    creator: '西山镇公共法律服务工作站',
    title: text.title,
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(text.title, { bold: true, size: TITLE })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(text.reference)] }),
        factsTable(text.facts),
        ...text.paragraphs.map((p) => new Paragraph({ spacing: { before: 200, line: 360 }, indent: { firstLine: 480 }, children: [run(p)] })),
        ...text.signature.map((s, i) => new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: i === 0 ? 600 : 100 }, children: [run(s)] })),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}
