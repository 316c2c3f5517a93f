import type { PlanDiff } from '../types.js';
import type { RenderContext } from './index.js';
export declare function renderText(d: PlanDiff, { colors: c, lang }: RenderContext): string;
