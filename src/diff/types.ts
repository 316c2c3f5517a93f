// The shape of a plan diff: what `diffPlans` returns and the renderers print.
import type { Deadline, PlanNode, Target } from '../model/schema.js';

export const ASPECTS = ['structure', 'accountability', 'deadlines', 'targets'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** A reviewer's corrections of the alignment, by node id: pairs to make, and pairs never to make. */
export interface ManualPairs {
  force?: [a: string, b: string][];
  forbid?: [a: string, b: string][];
}

export interface DiffOptions {
  /** Minimum similarity (0–1) for two nodes to be aligned; default 0.5. */
  threshold?: number;
  /** Pairs a reviewer fixed (--pairs): forced pairs are aligned first, forbidden ones never. */
  pairs?: ManualPairs;
  /** Report only one aspect; default all, with metadata. */
  only?: Aspect;
}

/** A stretch of a redline: text both sides share, or one side's insertion or deletion. */
export interface RedlinePart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface NodeRef {
  id: string;
  kind: PlanNode['kind'];
  marker: string;
  title: string;
  text: string;
  path: string[];
}

/** merged: a node of A whose text a node of B carries with another's; split: a node of B that carries part of a node of A. */
export type ChangeKind = 'same' | 'modified' | 'moved' | 'renumbered' | 'added' | 'removed' | 'merged' | 'split';

export interface StructureChange {
  /** The most telling kind: moved, then renumbered, then modified. */
  change: ChangeKind;
  a: NodeRef | null;
  b: NodeRef | null;
  /** The score the pair was aligned on (see AlignBasis); null for an added or removed node. */
  similarity: number | null;
  basis: AlignBasis | null;
  modified: boolean;
  moved: boolean;
  renumbered: boolean;
  title: RedlinePart[];
  text: RedlinePart[];
}

/**
 * Why two nodes were aligned: their similarity (with the parent bonus) passed
 * the threshold, at one level or across a change of level; a reviewer paired
 * them; or one carries most of the other's text beside its own partner's (a
 * merge or a split).
 */
export type AlignBasis = 'similarity' | 'cross-level' | 'manual' | 'contained';

/** Several nodes of A merged into one of B, or one of A split into several of B. */
export interface NodeGroup {
  kind: 'merge' | 'split';
  a: NodeRef[];
  b: NodeRef[];
  /** the least share of a joined node's text that the other side's node carries */
  score: number;
}

/** An agency by its canonical key (how plans are compared) and the name the notice writes (how people read it). */
export interface AgencyRef {
  canonical: string;
  name: string;
}

export interface RoleChange {
  added: AgencyRef[];
  removed: AgencyRef[];
}

export interface AccountabilityChange {
  /** The task pairs (a id, b id) the change applies to. */
  tasks: { a: string; b: string; title: string }[];
  lead: RoleChange;
  support: RoleChange;
  responsible: RoleChange;
}

/** A task whose deadline differs between the plans: added, dropped or moved. */
export interface DeadlineChange {
  task: { a: string; b: string; title: string };
  a: Deadline | null;
  b: Deadline | null;
}

export interface TargetChange {
  change: 'same' | 'modified' | 'added' | 'removed';
  a: Target | null;
  b: Target | null;
  fields: string[];
}

export const META_FIELDS = [
  'docNumber',
  'issuer',
  'noticeTitle',
  'planTitle',
  'signedDate',
  'publicity',
  'printedBy',
  'printedDate',
] as const;
export type MetaField = (typeof META_FIELDS)[number] | 'addressees' | 'cc';

export interface MetaChange {
  field: MetaField;
  a: string | null;
  b: string | null;
}

export interface PlanDiff {
  a: { path: string; title: string | null };
  b: { path: string; title: string | null };
  threshold: number;
  only: Aspect | null;
  summary: Record<ChangeKind, number> & { accountability: number; deadlines: number; targets: number; meta: number; differences: number };
  /** In tree order: B's nodes, with A's removed nodes where they stood. */
  structure: StructureChange[];
  /** merges and splits, in A's order; their nodes' rows are 'merged' and 'split' */
  groups: NodeGroup[];
  accountability: AccountabilityChange[];
  deadlines: DeadlineChange[];
  targets: TargetChange[];
  meta: MetaChange[];
}
