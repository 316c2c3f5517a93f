import type { Agency, Responsibility } from '../model/schema.js';
export declare function agencyNames(agencies: Agency[]): string;
/** `牵头 区教育局；配合 区科协`; `escape` is applied to each name (e.g. for HTML). */
export declare function describeResponsibility(r: Responsibility, escape?: (text: string) => string): string;
