// Opens a document package (a zip: .docx, .odt, .ofd). Guarantees to its
// readers: the text of a named part, or an InputError for a corrupt archive,
// a missing part, or a part whose inflated size passes the limit (zip bombs).
import JSZip from 'jszip';
import { InputError } from '../../decode.js';
export async function openPackage(bytes, maxPartBytes) {
    let zip;
    try {
        zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    }
    catch (error) {
        throw new InputError(`the file is a damaged zip archive (${error.message})`);
    }
    const entry = (path) => zip.file(path.replace(/^\//, ''));
    const text = async (path) => {
        const file = entry(path);
        if (!file)
            return null;
        const size = file._data?.uncompressedSize ?? 0;
        if (size > maxPartBytes)
            throw new InputError(`the part ${path} inflates to ${size} bytes, more than the limit of ${maxPartBytes}`);
        try {
            return await file.async('string');
        }
        catch (error) {
            throw new InputError(`the part ${path} of the archive cannot be read (${error.message})`);
        }
    };
    return {
        has: (path) => entry(path) !== null,
        text,
        required: async (path) => (await text(path)) ?? Promise.reject(new InputError(`the archive has no ${path}`)),
    };
}
