import { type Extracted } from './extracted.js';
import type { Package } from './zip.js';
export declare function readDocx(pkg: Package): Promise<Extracted>;
