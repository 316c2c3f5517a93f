// Agency names: splitting lists, inheriting abbreviated prefixes, repairing
// extraction damage, recognising OCR garbage and giving each body one
// canonical key from the alias table in data/agencies.json.
import table from '../../../data/agencies.json' with { type: 'json' };
import roles from '../../../data/roles.json' with { type: 'json' };
import { AGENCY_SUFFIX } from '../../../grammars/patterns.js';
import type { DiagnosticCode } from '../../model/diagnostic-codes.js';
import type { Agency } from '../../model/schema.js';
import { fold } from '../../text/fold.js';
import { splitOutsideBrackets } from '../../text/text.js';

const LEVELS = [...table.levels].sort((a, b) => b.length - a.length);
const KEY_BY_NAME = new Map<string, string>();
const NO_PREFIX = new Set<string>();
for (const body of table.bodies as { key: string; names: string[]; inherits?: boolean }[]) {
  for (const name of body.names) {
    KEY_BY_NAME.set(name, body.key);
    if (body.inherits === false) NO_PREFIX.add(name);
  }
}
const LONGEST_NAME = Math.max(...[...KEY_BY_NAME.keys()].map((name) => name.length));
// the known names of each length, for the one-character misreadings of a name
const NAMES_BY_LENGTH = new Map<number, string[]>();
for (const name of KEY_BY_NAME.keys()) NAMES_BY_LENGTH.set(name.length, [...(NAMES_BY_LENGTH.get(name.length) ?? []), name]);
const DROP = new RegExp(`(?:${roles.dropWords.join('|')})$`);
const ORG_SUFFIX = new RegExp(`(?:${AGENCY_SUFFIX})$`);
const DOUBLED = /(局局|区区|委委|办办|市市)/;
const BRACKETED = /[（(]([^（）()]*)[）)]/g;

/** 区科协等, 各街道等单位 -> the name without the 等 that closes a list (words in data/roles.json). */
export function withoutEtc(name: string): string {
  return name.replace(DROP, '').replace(DROP, '').trim();
}

/** A problem with a name, reported by the caller at the line it came from. */
export interface NameProblem {
  code: Extract<DiagnosticCode, 'suspect-agency' | 'repeated-agency'>;
  name: string;
  /** as the list writes it, to find it in the line */
  raw: string;
}

function withoutBrackets(name: string): string {
  return name.replace(BRACKETED, '');
}

function levelOf(name: string): string {
  const team = /^团(市|区|县)委/.exec(name);
  if (team) return team[1]!;
  // 市场监管局 is a body, not 市 + 场监管局
  if (KEY_BY_NAME.has(name) || table.levelLookalikes.some((word) => name.startsWith(word))) return '';
  return LEVELS.find((l) => name.startsWith(l) && name.length > l.length) ?? '';
}

/** The body of a name without its level: 区科学技术协会 -> 科学技术协会. */
function remainders(name: string): string[] {
  return [name, ...LEVELS.filter((l) => name.startsWith(l)).map((l) => name.slice(l.length))];
}

/** One key for the same body across documents and levels: 区科协, 区科学技术协会, 市科协 -> 科协. */
export function canonicalAgency(name: string): string {
  const base = withoutBrackets(name);
  const options = remainders(base);
  for (const r of options) {
    const key = KEY_BY_NAME.get(r);
    if (key) return key;
  }
  for (const r of options) {
    const variant = knownEnding(r);
    if (variant) return KEY_BY_NAME.get(variant)!;
  }
  return options[options.length - 1]!;
}

/** The longest known name of two characters or more that `name` ends with: a lookup per length, not a scan of the table. */
function knownEnding(name: string): string | undefined {
  for (let length = Math.min(name.length, LONGEST_NAME); length >= 2; length--) {
    const ending = name.slice(-length);
    if (KEY_BY_NAME.has(ending)) return ending;
  }
  return undefined;
}

function isKnownBody(name: string): boolean {
  return KEY_BY_NAME.has(name);
}

/** A name an office has: in the alias table, or ending as organisations do (局, 委, 办, 协 …); 教学点, 2025年 are none. */
export function isAgencyName(name: string): boolean {
  const base = withoutBrackets(withoutEtc(name)).trim();
  return [...base].length >= 2 && [...base].length <= 40 && (remainders(base).some(isKnownBody) || ORG_SUFFIX.test(base));
}

/** OCR garbage such as 区政局局, 区域, 区域市区区域: not a name any office has. */
export function isSuspectName(name: string): boolean {
  const base = withoutBrackets(name);
  if (remainders(base).some(isKnownBody) || isGenericName(base)) return false;
  if (DOUBLED.test(base)) return true;
  const body = remainders(base).pop()!;
  if ([...body].length <= 1 || /^.局$/.test(body)) return true;
  const known = knownEnding(base);
  if (known) {
    // 下规划和自然资源局: a known body behind one character that is no level of government
    const before = base.slice(0, -known.length);
    return [...before].length === 1 && !LEVELS.includes(before) && !/^[团各]$/.test(before);
  }
  // 住房城乡建商局 for 住房城乡建设局: a known body with one character misread
  if (body.length >= 4 && NAMES_BY_LENGTH.get(body.length)?.some((n) => oneSubstitution(body, n))) return true;
  return !ORG_SUFFIX.test(base);
}

/** One character misread, not in the organisational suffix: 住房城乡建设部 is a ministry, not a damaged 住房城乡建设局. */
function oneSubstitution(a: string, b: string): boolean {
  if (a.length !== b.length || a.at(-1) !== b.at(-1)) return false;
  let differences = 0;
  for (let i = 0; i < a.length && differences < 2; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) differences++;
  return differences === 1;
}

// 各地区, 国务院相关部门, 区直各部门, 各有关单位: a class of bodies, not one body
const GENERIC = /^各|相关|有关|直各|各(?:部门|单位|级)/;

/** A responsible party that names a class of bodies rather than one. */
function isGenericName(name: string): boolean {
  return GENERIC.test(name);
}

/**
 * Splits a run of names (`市委宣传部、文明办`) and gives the short ones the
 * prefix of the name before them: 文明办 -> 市委文明办, 妇联 after 团市委 -> 市妇联.
 */
export function readRun(run: string): { name: string; raw: string }[] {
  const out: { name: string; raw: string }[] = [];
  let prefix = '';
  // 和各街道, 及各地区, X会同有关部门, 国家卫生健康委等国务院相关部门: two parties
  for (const part of splitOutsideBrackets(
    run.replace(/会同|和(?=各)|及(?=各)|等(?=(?:国务院|省|市|区|县)?(?:有关|相关|各))/g, '、'),
    '、',
  )) {
    const raw = part.trim();
    const name = withoutEtc(raw);
    if (!name) continue;
    const level = levelOf(name);
    // 团市委 and 各街道 are whole names; a 分局 belongs to a higher level's bureau.
    const short =
      level === '' && !/^[团各]|分局$/.test(name) && isKnownBody(withoutBrackets(name)) && !NO_PREFIX.has(withoutBrackets(name));
    const full = short && prefix ? prefix + name : name;
    out.push({ name: full, raw });
    if (level) prefix = level;
  }
  return out;
}

/** Makes agencies of names: a repeat is dropped, a damaged name kept and marked suspect (each reported once). */
export function toAgencies(names: { name: string; raw: string }[], problems: NameProblem[]): Agency[] {
  const seen = new Set<string>();
  // the problems already reported, by code and name: a lookup, not a scan of the list per name
  const reported = new Set(problems.map((p) => `${p.code}\u0000${p.name}`));
  const report = (problem: NameProblem) => {
    const key = `${problem.code}\u0000${problem.name}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push(problem);
  };
  const agencies: Agency[] = [];
  for (const { name, raw } of names) {
    // matched in its folded form, so that 發展改革委 is 发展改革委
    const folded = fold(name);
    const suspect = isSuspectName(folded);
    if (seen.has(folded)) {
      // a damaged name is reported once, as suspect
      if (!suspect) report({ code: 'repeated-agency', name, raw });
      continue;
    }
    seen.add(folded);
    // A damaged name is kept and flagged: losing a department is worse than a doubtful one.
    if (suspect) report({ code: 'suspect-agency', name, raw });
    const generic = isGenericName(folded);
    agencies.push({ name, raw, canonical: canonicalAgency(folded), ...(suspect ? { suspect } : {}), ...(generic ? { generic } : {}) });
  }
  return agencies;
}
