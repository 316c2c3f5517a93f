// Stage 6b: responsibility statements -> who leads, who supports, who is
// responsible. One reader serves every form a notice uses; the forms differ
// only in where the statement stands and which role its bare names take.
// Guarantees: every name is kept as an agency or reported as a NameProblem.
import roles from '../../../data/roles.json' with { type: 'json' };
import { readRun, toAgencies, type NameProblem } from './agencies.js';
import { ROLES, type Role } from '../../model/roles.js';
import type { Agency, Responsibility, ResponsibilityForm, Span } from '../../model/schema.js';
import { splitOutsideBrackets, stripEndPunctuation } from '../../text/text.js';

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length);
const KEYS = ROLES.flatMap((role) => roles.keys[role].map((word) => ({ word, role })));
const KEY_PATTERN = new RegExp(`^(${longestFirst(KEYS.map((k) => k.word)).join('|')})\\s*[:：]\\s*`);
const VERBS = longestFirst(ROLES.flatMap((role) => roles.verbs[role])).map((word) => ({
  word,
  role: ROLES.find((r) => roles.verbs[r].includes(word))!,
}));

// （牵头部门：区教育和体育局、区科学技术协会）, also 牵头单位/责任单位/配合单位 inside brackets.
const INLINE = new RegExp(`[（(]\\s*((?:${KEYS.map((k) => k.word).join('|')})\\s*[:：][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*)[）)]`);
// （区委宣传部、…、区科学技术协会按职责分工负责） or （区委组织部负责） closing an item.
const ITEM_END = new RegExp(`[（(]([^（）()]*(?:${longestFirst(roles.verbs.responsible).join('|')}))[）)]\\s*[。；]?$`);

export interface ReadResponsibility {
  responsibility: Responsibility;
  problems: NameProblem[];
}

function roleOfKey(word: string): Role {
  return KEYS.find((k) => k.word === word)!.role;
}

/**
 * Reads `区教育局、区科协牵头，区委文明办、…等参加` into roles. Names collect
 * until a verb (牵头, 参加, 负责 …) closes them; names no verb closes take
 * `defaultRole`. A `牵头单位：…；配合单位：…` statement switches role at each key.
 */
function readStatement(statement: string, defaultRole: Role, problems: NameProblem[]) {
  const found: Record<Role, { name: string; raw: string }[]> = { lead: [], support: [], responsible: [] };
  for (const segment of splitOutsideBrackets(statement, '；;')) {
    let text = segment;
    let segmentRole = defaultRole;
    const key = KEY_PATTERN.exec(text);
    if (key) {
      segmentRole = roleOfKey(key[1]!);
      text = text.slice(key[0].length);
    }
    let pending: { name: string; raw: string }[] = [];
    for (const run of splitOutsideBrackets(stripEndPunctuation(text), '，,')) {
      let names = stripEndPunctuation(run);
      const verb = VERBS.find((v) => names.endsWith(v.word) && names.length > v.word.length);
      if (verb) names = names.slice(0, -verb.word.length);
      pending.push(...readRun(names));
      if (verb) {
        found[verb.role].push(...pending);
        pending = [];
      }
    }
    found[segmentRole].push(...pending);
  }
  const result = {} as Record<Role, Agency[]>;
  for (const role of ROLES) result[role] = toAgencies(found[role], problems);
  return result;
}

function build(raw: string, form: ResponsibilityForm, span: Span, statement: string, defaultRole: Role): ReadResponsibility {
  const problems: NameProblem[] = [];
  const roles = readStatement(statement, defaultRole, problems);
  return { responsibility: { ...roles, raw, form, span }, problems };
}

/** `责任单位：区教育局、区科协牵头，…参加。` after a group of items. */
export function responsibilityFromLine(line: string, span: Span): ReadResponsibility {
  return build(line, 'line', span, line, 'responsible');
}

/** `（牵头部门：…）` inside the text of a section or item. */
export function inlineResponsibility(text: string, span: Span): ReadResponsibility | null {
  const m = INLINE.exec(text);
  return m ? build(m[0], 'inline', span, m[1]!, 'responsible') : null;
}

/** `（…按职责分工负责）` or `（区委组织部负责）` closing an item's text. */
export function itemResponsibility(text: string, span: Span): ReadResponsibility | null {
  const m = ITEM_END.exec(text);
  if (!m) return null;
  const read = build(m[0], 'item', span, m[1]!, 'responsible');
  const { lead, support, responsible } = read.responsibility;
  return lead.length + support.length + responsible.length > 0 ? read : null;
}

/** A 任务分工表 row's 牵头单位 and 配合单位 cells. */
export function tableResponsibility(raw: string, lead: string, support: string, span: Span): ReadResponsibility {
  const problems: NameProblem[] = [];
  const leadRoles = readStatement(lead, 'lead', problems);
  const supportRoles = readStatement(support, 'support', problems);
  return {
    responsibility: {
      lead: [...leadRoles.lead, ...leadRoles.responsible],
      support: [...supportRoles.support, ...supportRoles.responsible, ...leadRoles.support],
      responsible: [],
      raw,
      form: 'table',
      span,
    },
    problems,
  };
}
