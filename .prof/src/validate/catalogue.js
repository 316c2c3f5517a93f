// The rules of `plan validate`: id, default severity and what each checks.
// A parse diagnostic is a finding of the rule of its own code (one vocabulary).
// A rule's severity can be changed in plan.config.json or with --rule id=off|info|warn|error.
import { DIAGNOSTICS } from '../model/diagnostic-codes.js';
const CHECKS = [
    { id: 'unreadable', severity: 'error', description: 'the file cannot be read or decoded' },
    { id: 'schema', severity: 'error', description: 'a model JSON file does not match the plan schema' },
    { id: 'numbering', severity: 'warning', description: 'a gap, a repeat or a wrong order in the numbering of sections or items' },
    { id: 'marker-level', severity: 'warning', description: 'a marker at a level where it is not expected, e.g. （1） directly under 一、' },
    { id: 'empty-section', severity: 'warning', description: 'a section or chapter with neither text nor children' },
    { id: 'missing-responsibility', severity: 'warning', description: 'an actionable item with no responsibility, its own or inherited' },
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
];
/** The rules: every parse diagnostic under its own code and severity, then validate's own checks. */
export const RULES = [...DIAGNOSTICS.map(({ code, severity, description }) => ({ id: code, severity, description })), ...CHECKS];
const KNOWN = new Set(RULES.map((r) => r.id));
export function isRule(id) {
    return KNOWN.has(id);
}
