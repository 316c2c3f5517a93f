import type { DocumentFormat } from '../../../model/input-formats.js';
import type { Extracted } from './extracted.js';
import type { ReadLimits } from './limits.js';
export declare function readDocument(bytes: Uint8Array, format: DocumentFormat | 'zip', limits: ReadLimits): Promise<{
    format: DocumentFormat;
    extracted: Extracted;
}>;
