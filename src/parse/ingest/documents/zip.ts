// Opens a document package (a zip: .docx, .odt, .ofd). Guarantees to its
// readers: the text of a named part, or an InputError for a corrupt archive,
// a missing part, or a part whose inflated size passes the limit (zip bombs).
import JSZip from 'jszip';
import { InputError } from '../../decode.js';

export interface Package {
  has(path: string): boolean;
  /** The part's text (UTF-8), or null when the package has no such part. */
  text(path: string): Promise<string | null>;
  /** The part's text; an InputError naming it when it is absent. */
  required(path: string): Promise<string>;
}

interface SizedEntry {
  _data?: { uncompressedSize?: number };
}

export async function openPackage(bytes: Uint8Array, maxPartBytes: number): Promise<Package> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    throw new InputError(`the file is a damaged zip archive (${(error as Error).message})`);
  }
  const entry = (path: string) => zip.file(path.replace(/^\//, ''));
  const text = async (path: string) => {
    const file = entry(path);
    if (!file) return null;
    const size = (file as unknown as SizedEntry)._data?.uncompressedSize ?? 0;
    if (size > maxPartBytes) throw new InputError(`the part ${path} inflates to ${size} bytes, more than the limit of ${maxPartBytes}`);
    try {
      return await file.async('string');
    } catch (error) {
      throw new InputError(`the part ${path} of the archive cannot be read (${(error as Error).message})`);
    }
  };
  return {
    has: (path) => entry(path) !== null,
    text,
    required: async (path) => (await text(path)) ?? Promise.reject(new InputError(`the archive has no ${path}`)),
  };
}
