import type { Replacement, ReplacementContext } from '../replacementTypes';

export type { Replacement, ReplacementContext } from '../replacementTypes';

export const spanOf = (ctx: ReplacementContext) => ctx.text.slice(ctx.start, ctx.end);

/** The span as it is, replaced by `replacement`. */
export const inPlace = (ctx: ReplacementContext, replacement: string): Replacement => ({ start: ctx.start, end: ctx.end, replacement });
