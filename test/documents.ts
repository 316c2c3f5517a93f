// Small documents built in the tests: Word and OpenDocument packages with the
// features a reader must handle, and PDFs that are damaged on purpose.
import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function paragraph(text: string, numbering?: { numId: number; level: number }): string {
  const numPr = numbering
    ? `<w:pPr><w:numPr><w:ilvl w:val="${numbering.level}"/><w:numId w:val="${numbering.numId}"/></w:numPr></w:pPr>`
    : '';
  return `<w:p>${numPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

/** A .docx of the given body XML, with one list: 一、 / （一） / 1. */
export async function docx(body: string, extra: Record<string, string> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">` +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
      '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
      '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
  );
  for (const [path, content] of Object.entries(extra)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
}

export async function odt(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
  zip.file(
    'content.xml',
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0">' +
      '<office:automatic-styles><text:list-style style:name="L1">' +
      '<text:list-level-style-number text:level="1" style:num-suffix="、" style:num-format="一, 二, 三, ..."/>' +
      '<text:list-level-style-number text:level="2" style:num-prefix="（" style:num-suffix="）" style:num-format="一, 二, 三, ..."/>' +
      `</text:list-style></office:automatic-styles><office:body><office:text>${text}</office:text></office:body></office:document-content>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** A one-page PDF whose page draws `content` (PDF operators); `encrypt` adds a standard security handler whose password is not empty. */
export function pdf(content = '', encrypt = false): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  const hex32 = 'ab'.repeat(32);
  if (encrypt) objects.push(`<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  const encryption = encrypt ? ` /Encrypt 5 0 R /ID [<${'0'.repeat(32)}> <${'0'.repeat(32)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
