import type { Diagnostic, PlanNode } from '../../model/schema.js';
import type { Line } from '../repair.js';
export declare function assignResponsibilities(sections: PlanNode[], lineAt: (line: number) => Line, diagnostics: Diagnostic[]): void;
