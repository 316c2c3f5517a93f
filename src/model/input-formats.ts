// The input formats a notice can be read from. A module without zod, so that
// the CLI lists them without loading the model; the model's Source.format and
// the ingest stage's registry of readers are both typed by this list.
export const INPUT_FORMATS = ['markdown', 'text', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
