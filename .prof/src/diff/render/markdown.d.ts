import type { PlanDiff } from '../types.js';
import type { RenderContext } from './index.js';
export declare function renderMarkdown(d: PlanDiff, { lang }: Pick<RenderContext, 'lang'>): string;
