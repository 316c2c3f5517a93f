// The words every diff renderer uses for a change, a node, a target and a role
// change, in Chinese (the default: the reports are read by the offices that
// write the plans) or English (--lang en).
import type { Deadline, Target } from '../../model/schema.js';
import type { AccountabilityChange, MetaChange, NodeRef, PlanDiff, RoleChange, StructureChange } from '../types.js';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language of a report's page, as HTML names it. */
export const htmlLang = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

type Kind = StructureChange['change'];

interface Words {
  title: string;
  kinds: Record<Kind, string>;
  sections: { structure: string; responsibility: string; deadlines: string; targets: string; metadata: string };
  columns: { change: string; similarity: string; tasksB: string; taskB: string; metric: string; field: string };
  roles: { lead: string; support: string; responsible: string };
  meta: Record<MetaChange['field'], string>;
  counts: { responsibility: string; deadlines: string; targets: string; metadata: string };
  noDifferences: (a: string, b: string) => string;
  join: string;
  same: (n: number) => string;
  count: (n: number, what: string) => string;
  task: (ids: string[], title: string) => string;
  year: string;
}

export const WORDS: Record<Lang, Words> = {
  zh: {
    title: '方案对照',
    kinds: {
      same: '未变',
      modified: '修改',
      moved: '移动',
      renumbered: '重新编号',
      added: '新增',
      removed: '删除',
      merged: '合并',
      split: '拆分',
    },
    sections: { structure: '结构', responsibility: '责任分工', deadlines: '完成时限', targets: '目标指标', metadata: '公文要素' },
    columns: { change: '变化', similarity: '相似度', tasksB: '任务（B）', taskB: '任务（B）', metric: '指标', field: '要素' },
    roles: { lead: '牵头', support: '配合', responsible: '负责' },
    meta: {
      docNumber: '文号',
      issuer: '发文机关',
      noticeTitle: '通知标题',
      planTitle: '方案标题',
      signedDate: '成文日期',
      publicity: '公开属性',
      printedBy: '印发机关',
      printedDate: '印发日期',
      addressees: '主送',
      cc: '抄送',
    },
    counts: { responsibility: '责任分工变化', deadlines: '完成时限变化', targets: '目标变化', metadata: '公文要素不同' },
    noDifferences: (a, b) => `${a} 与 ${b} 无差异`,
    join: '，',
    same: (n) => `（未变 ${n}）`,
    count: (n, what) => `${what} ${n}`,
    task: (ids, title) => (ids.length === 1 ? `任务 ${ids[0]} ${title}` : `任务 ${ids.join('、')}`),
    year: '年',
  },
  en: {
    title: 'plan diff',
    kinds: {
      same: 'same',
      modified: 'modified',
      moved: 'moved',
      renumbered: 'renumbered',
      added: 'added',
      removed: 'removed',
      merged: 'merged',
      split: 'split',
    },
    sections: {
      structure: 'Structure',
      responsibility: 'Responsibility',
      deadlines: 'Deadlines',
      targets: 'Targets',
      metadata: 'Metadata',
    },
    columns: { change: 'change', similarity: 'similarity', tasksB: 'tasks (B)', taskB: 'task (B)', metric: 'metric', field: 'field' },
    roles: { lead: 'lead', support: 'support', responsible: 'responsible' },
    meta: {
      docNumber: 'document number',
      issuer: 'issuer',
      noticeTitle: 'notice title',
      planTitle: 'plan title',
      signedDate: 'signed',
      publicity: 'publicity',
      printedBy: 'printed by',
      printedDate: 'printed',
      addressees: 'addressees',
      cc: 'cc',
    },
    counts: {
      responsibility: 'responsibility changes',
      deadlines: 'deadline changes',
      targets: 'target changes',
      metadata: 'metadata differences',
    },
    noDifferences: (a, b) => `no differences between ${a} and ${b}`,
    join: ', ',
    same: (n) => ` (${n} same)`,
    count: (n, what) => `${n} ${what}`,
    task: (ids, title) => (ids.length === 1 ? `task ${ids[0]} ${title}` : `tasks ${ids.join(', ')}`),
    year: '',
  },
};

export const SIGNS: Record<Kind, string> = {
  same: ' ',
  modified: '~',
  moved: '>',
  renumbered: '#',
  added: '+',
  removed: '-',
  merged: '<',
  split: '<',
};

export function summaryLine(d: PlanDiff, w: Words): string {
  const s = d.summary;
  if (s.differences === 0) return w.noDifferences(d.a.path, d.b.path);
  const parts = (['modified', 'moved', 'renumbered', 'added', 'removed', 'merged', 'split'] as const)
    .filter((k) => s[k])
    .map((k) => w.count(s[k], w.kinds[k]));
  const more = (['responsibility', 'deadlines', 'targets', 'metadata'] as const)
    .map((k) => [k, k === 'responsibility' ? s.accountability : k === 'metadata' ? s.meta : s[k]] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => w.count(n, w.counts[k]));
  return `${d.a.path} → ${d.b.path}: ${[...parts, ...more].join(w.join)}${s.same ? w.same(s.same) : ''}`;
}

export function label(n: NodeRef | null): string {
  return n ? `${n.id} ${n.marker}${n.title}` : '';
}

export function nodes(r: StructureChange): string {
  if (r.a && r.b) return r.a.id === r.b.id ? label(r.b) : `${r.a.id} → ${label(r.b)}`;
  return label(r.a ?? r.b);
}

/** moved, renumbered, modified: the kinds that apply, in words. */
export function flags(r: StructureChange, w: Words): string {
  const kinds = (['moved', 'renumbered', 'modified'] as const).filter((k) => r[k]).map((k) => w.kinds[k]);
  return kinds.length ? kinds.join(w.join) : w.kinds[r.change];
}

export function target(t: Target | null, w: Words): string {
  return t ? `${t.year ?? '—'}${w.year || ':'} ${t.comparator}${t.value}${t.unit}${t.qualifier ?? ''}` : '—';
}

/** +区财政局 −区人社局: agencies by the names the notices write. */
export function agencies(r: RoleChange): string {
  return [...r.added.map((a) => `+${a.name}`), ...r.removed.map((a) => `−${a.name}`)].join(' ');
}

export function roles(c: AccountabilityChange, w: Words): string {
  return (['lead', 'support', 'responsible'] as const)
    .filter((role) => c[role].added.length + c[role].removed.length)
    .map((role) => `${w.roles[role]} ${agencies(c[role])}`)
    .join('; ');
}

export function tasks(c: AccountabilityChange, w: Words): string {
  return w.task(
    c.tasks.map((t) => t.b),
    c.tasks[0]!.title,
  );
}

/** 2023-06 (2023年6月底前完成); 持续推进; — for none. */
export function due(d: Deadline | null): string {
  if (!d) return '—';
  const dates = d.from && d.to ? `${d.from}—${d.to}` : d.by;
  return dates ? `${dates} (${d.raw})` : d.raw;
}
