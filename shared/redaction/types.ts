// The engine's own vocabulary: categories and the shape of a detection.
export const CATEGORIES = [
  'name', 'contact', 'id', 'address', 'date', 'age', 'place', 'facility', 'org', 'occupation', 'count',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** A span of the normalised text that one detector claims, before replacements are chosen. */
export interface Detection {
  start: number;
  end: number;
  category: Category;
  /** 'record': matches a value of the case; 'detector': found by a generic rule. */
  source: 'record' | 'detector';
  /** Whether the contract makes it a direct identifier (blocks export) or a quasi one. */
  kind: 'direct' | 'quasi';
  /** Which protected value it matched, for people reading the finding. */
  identifier?: string;
  personId?: string;
  /** Details the suggestion needs: a date's parts, an age, a facility's kind. */
  data?: Record<string, string | number>;
  /** Higher wins when two detections overlap. */
  priority: number;
}
