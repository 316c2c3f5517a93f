import type { Extracted } from './extracted.js';
import type { Package } from './zip.js';
export declare function readOfd(pkg: Package, maxPages: number): Promise<Extracted>;
