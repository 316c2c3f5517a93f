import type { Diagnostic } from '../../model/schema.js';
import type { Line } from '../repair.js';
import type { NameProblem } from './agencies.js';
export declare function reportNameProblems(problems: NameProblem[], line: Line, diagnostics: Diagnostic[], where?: string): void;
