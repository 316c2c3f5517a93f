import { readFileSync } from 'node:fs';
import { parseNotice } from '../src/parse.js';
import type { PlanDocument, PlanNode } from '../src/model.js';

export const SEEDS = [
  'haicang-district-2022.md',
  'huancui-district-2022.txt',
  'nansha-district-2022.txt',
  'quanzhou-city-2022.txt',
  'zhangping-city-2022.txt',
];

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url));
}

export function parseFixture(name: string): PlanDocument {
  return parseNotice(fixture(name), { path: `fixtures/${name}` });
}

export function node(doc: PlanDocument, id: string): PlanNode {
  const find = (nodes: PlanNode[]): PlanNode | undefined => {
    for (const n of nodes) {
      if (n.id === id) return n;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  const found = find(doc.sections);
  if (!found) throw new Error(`no node ${id}`);
  return found;
}

export const names = (agencies: { name: string }[] | undefined) => (agencies ?? []).map((a) => a.name);
