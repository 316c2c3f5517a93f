// Stage 6b: responsibility statements -> who leads, who supports, who is
// responsible. One reader serves every form a notice uses; the forms differ
// only in where the statement stands and which role its bare names take.
// Guarantees: every name is kept as an agency or reported as a NameProblem.
import roles from '../../../data/roles.json' with { type: 'json' };
import { isAgencyName, readRun, toAgencies, withoutEtc, type NameProblem } from './agencies.js';
import { isDeadlineWording } from '../deadlines.js';
import { ROLES, type Role } from '../../model/roles.js';
import type { Agency, Responsibility, ResponsibilityForm, Span } from '../../model/schema.js';
import { fold } from '../../text/fold.js';
import { appendAll, length, splitOutsideBrackets, stripEndPunctuation } from '../../text/text.js';

/** The words of a table by role, each with its role, longest first (so 牵头负责 is tried before 牵头). */
const byRole = (table: Record<Role, string[]>) =>
  ROLES.flatMap((role) => table[role].map((word) => ({ word, role }))).sort((a, b) => b.word.length - a.word.length);
const KEYS = byRole(roles.keys);
const KEY_WORDS = KEYS.map((k) => k.word).join('|');
const KEY_PATTERN = new RegExp(`^(${KEY_WORDS})\\s*:\\s*`);
// A key after the start of a statement opens a new segment, even when only spaces stand before it.
const LATER_KEY = new RegExp(`(?<=\\S)\\s*(?=(?:${KEY_WORDS})\\s*:)`, 'g');
const VERBS = byRole(roles.verbs);
// 牵头落实, 按职责分工落实: a verb stem and one or two characters more
const STEMS = byRole(roles.verbStems);
const STEM_AT_END = new RegExp(`(${STEMS.map((s) => s.word).join('|')})[\\u4e00-\\u9fff]{1,2}$`);
const VERB_AT_END = new RegExp(`(?:${VERBS.map((v) => v.word).join('|')})$|${STEM_AT_END.source}`);

/** The verb that closes a run of names, and how many characters it takes: 牵头, or 牵头落实. */
function closingVerb(run: string): { role: Role; length: number } | null {
  const verb = VERBS.find((v) => run.endsWith(v.word) && run.length > v.word.length);
  if (verb) return { role: verb.role, length: verb.word.length };
  const stem = STEM_AT_END.exec(run);
  if (!stem || stem.index === 0) return null;
  return { role: STEMS.find((s) => s.word === stem[1])!.role, length: stem[0].length };
}
// 列第一位者为牵头单位，下同: the first unit listed leads (words in data/roles.json).
// (?<!\s): tried where a run of spaces starts, never from inside one (the same matches, in linear time)
const CONVENTION = new RegExp(`[,，;；。]?(?<!\\s)\\s*(?:${roles.firstLeads.join('|')})[^,，;；。]*(?:[,，]\\s*下同)?`);
const CARRIES = /下同/;
// 由X负责, 技工院校内由X负责: the names follow 由 (a scope before it is no name)
const BY = /^(?:[^、,，]{0,20}?[内外中])?由/;
// A clause longer than this, or one that says what must be done, is a sentence, not an agency.
const MAX_NAME_LENGTH = 30;
const SENTENCE_WORDS = /均需|需要|应当|认真|及时|贯彻|落实|确保|要求/;

function isName(name: string): boolean {
  return length(name) <= MAX_NAME_LENGTH && !SENTENCE_WORDS.test(fold(name));
}

type Name = { name: string; raw: string };

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
function readNames(written: string, defaultRole: Role): Record<Role, Name[]> {
  const statement = fold(written);
  const found: Record<Role, Name[]> = { lead: [], support: [], responsible: [] };
  // Names are read on the folded statement and given back as written: folding keeps offsets.
  let cursor = 0;
  const asWritten = (n: Name): Name => {
    const at = statement.indexOf(n.raw, cursor);
    if (at < 0) return n;
    cursor = at + n.raw.length;
    const raw = written.slice(at, cursor);
    const core = withoutEtc(n.raw).length;
    return { name: n.name.slice(0, n.name.length - core) + raw.slice(0, core), raw };
  };
  for (const segment of splitOutsideBrackets(statement.replace(LATER_KEY, ';'), '；;')) {
    let text = segment;
    let segmentRole = defaultRole;
    const key = KEY_PATTERN.exec(text);
    if (key) {
      segmentRole = roleOfKey(key[1]!);
      text = text.slice(key[0].length);
    }
    let pending: Name[] = [];
    for (const run of splitOutsideBrackets(stripEndPunctuation(text), '，,')) {
      let names = stripEndPunctuation(run);
      const verb = closingVerb(names);
      if (verb) names = names.slice(0, -verb.length);
      // when it is due (2023年底前完成) is the deadline's, kept in the raw text
      else if (isDeadlineWording(names)) continue;
      // a long clause in a statement is a sentence (以下政策措施均需…), kept in the raw text only
      appendAll(
        pending,
        readRun(names.replace(BY, ''))
          .filter((n) => isName(n.name))
          .map(asWritten),
      );
      if (verb) {
        appendAll(found[verb.role], pending);
        pending = [];
      }
    }
    appendAll(found[segmentRole], pending);
  }
  return found;
}

function agenciesOf(names: Record<Role, Name[]>, problems: NameProblem[]): Record<Role, Agency[]> {
  const result = {} as Record<Role, Agency[]>;
  for (const role of ROLES) result[role] = toAgencies(names[role], problems);
  return result;
}

function readStatement(statement: string, defaultRole: Role, problems: NameProblem[]): Record<Role, Agency[]> {
  return agenciesOf(readNames(statement, defaultRole), problems);
}

/** A bracketed attribution in a text: `（X牵头，Y参与）`, `（牵头单位：X；配合单位：Y）`, `（X负责）`. */
export interface Attribution {
  /** the bracket group as written */
  raw: string;
  start: number;
  end: number;
  /** what it says, as written, without the brackets and without a stated convention */
  statement: string;
  /** opened by a key (牵头单位：) rather than closed by a verb (牵头, 负责) */
  keyed: boolean;
  /** it states that the first unit listed leads */
  firstLeads: boolean;
  /** … and that this holds for the attributions after it (下同) */
  carries: boolean;
  /** names only, no verb or key (（市委宣传部、市科协）): an attribution only where a stated convention says who leads */
  listOnly: boolean;
}

const OPEN = 0x28;
const CLOSE = 0x29;

/** The top-level bracket groups of a text that attribute responsibility, nested brackets allowed (各市(区)人民政府). */
export function attributions(text: string): Attribution[] {
  const folded = fold(text);
  const found: Attribution[] = [];
  let depth = 0;
  let start = -1;
  // folded, so every bracket is ( or )
  for (let i = folded.indexOf('('); i >= 0 && i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    if (code === OPEN) {
      if (depth++ === 0) start = i;
    } else if (code === CLOSE && depth > 0 && --depth === 0) {
      const attribution = read(text, folded, start, i + 1);
      if (attribution) found.push(attribution);
    }
  }
  // a text cut inside its attribution (an excerpt) still says who leads: read it to the end if it is keyed
  if (depth > 0) {
    const attribution = read(`${text})`, `${folded})`, start, folded.length + 1);
    if (attribution?.keyed) found.push({ ...attribution, raw: text.slice(start), end: text.length });
  }
  return found;
}

function read(text: string, folded: string, start: number, end: number): Attribution | null {
  const convention = CONVENTION.exec(folded.slice(start + 1, end - 1));
  const cut = (s: string) => (convention ? s.slice(0, convention.index) + s.slice(convention.index + convention[0].length) : s);
  const statement = stripEndPunctuation(cut(text.slice(start + 1, end - 1)).trim());
  const foldedStatement = fold(statement);
  const keyed = KEY_PATTERN.test(foldedStatement);
  const runs = splitOutsideBrackets(foldedStatement, ',;；').map((r) => stripEndPunctuation(r.trim()));
  // unkeyed, a verb must close it, or close a run followed by names only (X牵头，Y参与；各区人民政府);
  // without a verb it says who is responsible only as a list of names, or only the convention
  const lastVerb = runs.findLastIndex((r) => VERB_AT_END.test(r));
  // after the last verb: names (；各区人民政府), or when it is due (，2023年底前完成: the deadline's, not a name)
  const names = runs.slice(lastVerb + 1).every((r) => isAgencyList(r) || (lastVerb >= 0 && isDeadlineWording(r)));
  const conventionOnly = convention !== null && statement === '';
  if (!keyed && !conventionOnly && !names) return null;
  return {
    raw: text.slice(start, end),
    start,
    end,
    statement,
    keyed,
    firstLeads: convention !== null,
    carries: convention !== null && CARRIES.test(convention[0]),
    listOnly: !keyed && !conventionOnly && lastVerb < 0,
  };
}

/** A run of agency names and nothing else: 市委宣传部、市科协 (（以下简称在线平台） is none). */
function isAgencyList(run: string): boolean {
  const parts = splitOutsideBrackets(run, '、');
  return run !== '' && parts.every(isAgencyName);
}

function build(raw: string, form: ResponsibilityForm, span: Span, statement: string, defaultRole: Role): ReadResponsibility {
  const problems: NameProblem[] = [];
  const roles = readStatement(statement, defaultRole, problems);
  return { responsibility: { ...roles, raw, form, span }, problems };
}

/** When the first unit listed leads: a statement that names only responsible units gets its first as lead, the rest as support. */
export function firstListedLeads(r: Responsibility): Responsibility {
  if (r.lead.length > 0 || r.support.length > 0 || r.responsible.length === 0) return r;
  const [first, ...rest] = r.responsible;
  return { ...r, lead: [first!], support: rest, responsible: [] };
}

/**
 * The attributions of a text (see attributions), read and merged into one
 * responsibility (form inline when one is keyed, else item); lists of names
 * only when `lists` (a stated convention says who leads them).
 */
export function readAttributions(
  all: Attribution[],
  span: Span,
  { form, lists = false }: { form?: ResponsibilityForm; lists?: boolean } = {},
): ReadResponsibility | null {
  const found = all.filter((a) => lists || !a.listOnly);
  if (found.length === 0) return null;
  const problems: NameProblem[] = [];
  // each attribution read on its own (a repeat inside one is reported); one that names a unit again is no repeat
  const agencies: Record<Role, Agency[]> = { lead: [], support: [], responsible: [] };
  for (const a of found) {
    const read = agenciesOf(readNames(a.statement, 'responsible'), problems);
    for (const role of ROLES) {
      const seen = new Set(agencies[role].map((x) => fold(x.name)));
      appendAll(
        agencies[role],
        read[role].filter((x) => !seen.has(fold(x.name))),
      );
    }
  }
  if (ROLES.every((role) => agencies[role].length === 0)) return null;
  const responsibility: Responsibility = {
    ...agencies,
    raw: found.map((a) => a.raw).join('\n'),
    form: form ?? (found.some((a) => a.keyed) ? 'inline' : 'item'),
    span,
  };
  return { responsibility, problems };
}

/** `责任单位：区教育局、区科协牵头，…参加。` after a group of items. */
export function responsibilityFromLine(line: string, span: Span): ReadResponsibility {
  return build(line, 'line', span, line, 'responsible');
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
