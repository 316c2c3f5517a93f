// The schemas of the vocabulary in data/: the words the parser knows are data,
// and these say what shape that data must have (checked in the tests).
import { z } from 'zod';

const Words = z.array(z.string().min(1)).min(1);

function isRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

const Patterns = z.array(z.string().refine((source) => isRegExp(source), 'not a regular expression')).min(1);

/** data/agencies.json: the alias table that gives each body one canonical key. */
export const AgencyTable = z.strictObject({
  $comment: z.string(),
  levels: Words.describe('prefixes of a level of government: 市, 区, 县委 …'),
  levelLookalikes: Words.describe('words that start like a level and are none: 市场 (市场监管总局), 乡村'),
  issuerSuffixes: Words.describe('the endings of the name of a body that issues notices: 人民政府, 办公厅, 局 …'),
  agencySuffixes: Words.describe('the endings of any organisation’s name: 局, 中心, 部门 …; a name ending otherwise is suspect'),
  bodies: z.array(
    z.strictObject({
      key: z.string().min(1),
      names: Words.describe('the forms a notice writes after the level prefix'),
      inherits: z.literal(false).optional().describe('a short name that never takes the prefix of the name before it'),
    }),
  ),
});

const ByRole = z.strictObject({ lead: Words, support: Words, responsible: Words });

/** data/roles.json: the words of responsibility statements. */
export const RoleWords = z.strictObject({
  $comment: z.string(),
  keys: ByRole.describe('words that open a statement: 责任单位：…'),
  verbs: ByRole.describe('words that close a run of names and give their role: 牵头, 参加 …'),
  verbStems: ByRole.describe('verbs that close a run with one or two characters after them: 牵头落实, 按职责分工落实'),
  dropWords: Words.describe('words that close a list and are not a name: 等, 等单位'),
  firstLeads: Patterns.describe('clauses that say the first unit listed leads: 列第一位者为牵头单位, 排在第一位的部门为牵头部门'),
  actionChapterWords: Words.describe('words of chapters whose items are tasks: 行动, 工程 …'),
  tableColumns: z
    .strictObject({ number: Words, group: Words, point: Words, lead: Words, support: Words })
    .describe('header words of a 任务分工表: 序号, 项目, 工作事项, 牵头单位, 配合单位 …'),
});

/** data/web-page.json: what government web pages wrap around a notice. */
export const WebPageWords = z.strictObject({
  $comment: z.string(),
  metadataKeys: Words.describe('keys of a page metadata block: 索引号, 发文字号 …'),
  junk: Words.describe('site furniture, matched as a whole line: 打印本页, 关闭窗口 …'),
  junkPatterns: Patterns.describe('regular expressions for furniture that varies: breadcrumbs, share prompts, running headers'),
  leadIns: Patterns.describe('regular expressions for a news story’s sentences that introduce a reposted notice, before its first chapter'),
  attachmentFile: z
    .string()
    .refine((source) => isRegExp(source), 'not a regular expression')
    .describe('a line that names a downloadable file (附件 links): furniture whatever its length'),
  docNumberKeys: Words.describe('metadata keys that hold the 文号, in order of trust'),
  dateKeys: Words.describe('metadata keys that hold the date of signing (成文日期), in order of trust; never the publication date'),
  issuerKeys: Words.describe('metadata keys that name the issuer, in order of trust: 发文机关, 发布机构 …'),
});

/** data/targets.json: the words of quantified targets. */
export const TargetWords = z.strictObject({
  $comment: z.string(),
  comparators: Words.describe('words between a metric and its value: 超过, 达到, 不低于 …'),
  units: Words.describe('units after a value: %, 人次, 所, 个 …'),
  countVerbs: Words.describe('verbs that open a count of things whose metric follows the unit: 建设50所…'),
});

/** data/deadlines.json: the words of task deadlines. */
export const DeadlineWords = z.strictObject({
  $comment: z.string(),
  lineKeys: Words.describe('keys of a deadline line after an item: 时限要求, 完成时限 …'),
  ongoing: Words.describe('deadlines that never end: 长期坚持, 持续推进 …'),
  recurring: Words.describe('deadlines that recur: 每年, 每季度 …'),
  tableColumns: Words.describe('header words of the deadline column of a 任务分工表: 完成时限, 时间要求 …'),
});
