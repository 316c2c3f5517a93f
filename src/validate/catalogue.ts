// The rules of `plan validate`: id, default severity and what each checks.
// A rule's severity can be changed in plan.config.json or with --rule id=off|info|warn|error.
import type { DiagnosticCode } from '../model/diagnostic-codes.js';
import type { Severity } from '../model/schema.js';

export const RULES = [
  { id: 'unreadable', severity: 'error', description: 'the file cannot be read or decoded' },
  {
    id: 'encoding',
    severity: 'warning',
    description: "bytes that are not of the file's encoding (read as U+FFFD), or lines in a second encoding",
  },
  { id: 'schema', severity: 'error', description: 'a model JSON file does not match the plan schema' },
  { id: 'unplaced-text', severity: 'error', description: "text the parser could not place in the notice's structure" },
  { id: 'numbering', severity: 'warning', description: 'a gap, a repeat or a wrong order in the numbering of sections or items' },
  { id: 'marker-level', severity: 'warning', description: 'a marker at a level where it is not expected, e.g. （1） directly under 一、' },
  { id: 'empty-section', severity: 'warning', description: 'a section or chapter with neither text nor children' },
  { id: 'missing-responsibility', severity: 'warning', description: 'an actionable item with no responsibility, its own or inherited' },
  {
    id: 'suspect-agency',
    severity: 'warning',
    description: 'an agency name that is implausible (OCR or extraction damage) or repeated in one list',
  },
  { id: 'unmatched-table-row', severity: 'warning', description: 'a row of the task-division table that matches no item of the body' },
  { id: 'missing-doc-number', severity: 'warning', description: 'the notice has no document number (发文字号)' },
  { id: 'missing-issuer', severity: 'warning', description: 'the notice names no issuer (发文机关)' },
  { id: 'missing-signed-date', severity: 'warning', description: 'the notice has no date of signing (成文日期)' },
  { id: 'impossible-date', severity: 'error', description: 'a date that is not in the calendar, or printing before signing' },
  { id: 'no-target', severity: 'warning', description: 'the plan states no quantified target' },
  {
    id: 'deadline-range',
    severity: 'warning',
    description: "a deadline before the notice was signed, or after the end of the plan's period (（2021—2025年） in its title)",
  },
  {
    id: 'due',
    severity: 'info',
    description: 'with --as-of DATE: each task due by that date (its own or an inherited deadline), for quarterly reviews',
  },
  {
    id: 'misnamed-file',
    severity: 'info',
    description: "the file's extension names another format than its content, which is what was read",
  },
] as const satisfies readonly { id: string; severity: Severity; description: string }[];

export type RuleId = (typeof RULES)[number]['id'];
export type RuleInfo = (typeof RULES)[number];

const KNOWN = new Set<string>(RULES.map((r) => r.id));

export function isRule(id: string): id is RuleId {
  return KNOWN.has(id);
}

/** The rule each parse diagnostic is a finding of: every code has one. */
export const RULE_OF_DIAGNOSTIC: Record<DiagnosticCode, RuleId> = {
  'unplaced-text': 'unplaced-text',
  'unplaced-header-text': 'unplaced-text',
  'unplaced-footer-text': 'unplaced-text',
  'unplaced-responsibility': 'unplaced-text',
  'stray-table-row': 'unplaced-text',
  'second-task-table': 'unplaced-text',
  'parse-error': 'unplaced-text',
  'lex-error': 'unplaced-text',
  'suspect-agency': 'suspect-agency',
  'repeated-agency': 'suspect-agency',
  'unmatched-table-row': 'unmatched-table-row',
  'misnamed-file': 'misnamed-file',
  'undecodable-bytes': 'encoding',
  'mixed-encoding': 'encoding',
};
