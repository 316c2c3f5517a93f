export interface XmlHandlers {
    /** An element opens; `name` is qualified as written (w:p, text:span). */
    open?(name: string, attributes: Record<string, string>): void;
    close?(name: string): void;
    text?(text: string): void;
}
/** Walks `xml`; a part that is not well-formed XML is an InputError naming it. */
export declare function walkXml(xml: string, part: string, handlers: XmlHandlers): void;
