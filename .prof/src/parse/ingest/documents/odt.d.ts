import { type Extracted } from './extracted.js';
import type { Package } from './zip.js';
export declare function readOdt(pkg: Package): Promise<Extracted>;
