// What the Markdown round trip must keep: the model without positions, the
// source and the diagnostics (whose lines differ between the two inputs).
import type { PlanDocument, PlanNode, Responsibility } from '../src/model/schema.js';

const who = (r: Responsibility | null) =>
  r && {
    form: r.form,
    lead: r.lead.map((a) => [a.name, a.canonical]),
    support: r.support.map((a) => [a.name, a.canonical]),
    responsible: r.responsible.map((a) => [a.name, a.canonical]),
  };

const node = (n: PlanNode): unknown => ({
  id: n.id,
  level: n.level,
  kind: n.kind,
  marker: n.marker,
  ordinal: n.ordinal,
  title: n.title,
  text: n.text,
  responsibility: who(n.responsibility),
  children: n.children.map(node),
});

export function essence(doc: PlanDocument): unknown {
  return {
    meta: doc.meta,
    preamble: doc.preamble,
    sections: doc.sections.map(node),
    targets: doc.targets.map(({ span: _s, ...t }) => t),
    tasks: doc.tasks.map((t) => ({ ...t, responsibility: who(t.responsibility), deadline: t.deadline && { ...t.deadline, span: null } })),
    table: doc.taskTable?.rows.map((r) => [r.part, r.group, r.point, r.lead, r.support, r.matchedId]) ?? null,
  };
}
