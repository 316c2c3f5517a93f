import { type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../model/schema.js';
export declare function renderDiagnostics(path: string, diagnostics: Diagnostic[], c?: ChalkInstance): string;
