import type { Target } from '../model/schema.js';
import type { TargetChange } from './types.js';
export declare function targets(a: Target[], b: Target[]): TargetChange[];
