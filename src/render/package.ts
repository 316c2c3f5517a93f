// Office files (xlsx, docx) are zip packages whose writers stamp the time of
// writing into the entries and the document's properties; stamped instead
// with one fixed instant, the same content gives the same bytes, in every
// time zone.
import JSZip from 'jszip';

export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));

/** The package again, every entry dated FIXED_DATE, and each named entry's text passed through its rewrite. */
export async function stablePackage(
  bytes: Uint8Array | ArrayBuffer,
  rewrite: Record<string, (text: string) => string> = {},
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [path, change] of Object.entries(rewrite)) {
    const entry = zip.file(path);
    if (entry) zip.file(path, change(await entry.async('string')));
  }
  zip.forEach((_path, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
