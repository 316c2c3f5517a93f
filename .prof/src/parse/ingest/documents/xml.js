// Streams an XML part of a document package (Word, OpenDocument, OFD) to
// handlers, with no tree: linear in the part and safe for any depth of nesting.
import { SaxesParser } from 'saxes';
import { InputError } from '../../decode.js';
/** Walks `xml`; a part that is not well-formed XML is an InputError naming it. */
export function walkXml(xml, part, handlers) {
    const parser = new SaxesParser();
    if (handlers.open) {
        const open = handlers.open;
        parser.on('opentag', (tag) => open(tag.name, tag.attributes));
    }
    if (handlers.close) {
        const close = handlers.close;
        parser.on('closetag', (tag) => close(tag.name));
    }
    if (handlers.text)
        parser.on('text', handlers.text);
    try {
        parser.write(xml).close();
    }
    catch (error) {
        throw new InputError(`the document's ${part} is not well-formed XML (${error.message.split('\n')[0]})`);
    }
}
