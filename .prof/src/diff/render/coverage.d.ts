import type { ChalkInstance } from 'chalk';
import type { Coverage } from '../coverage.js';
import type { Lang } from './labels.js';
export declare function renderCoverageText(c: Coverage, colors: ChalkInstance, lang: Lang): string;
export declare function renderCoverageMarkdown(c: Coverage, lang: Lang): string;
export declare function renderCoverageHtml(c: Coverage, lang: Lang): string;
