import type { DetectionOf } from '../types';
import { inPlace, type Replacement, type ReplacementContext } from './context';

const ACCOUNT_WORD_BEFORE = /(?:page|account|profile|channel|blog|Instagram|Telegram|TikTok|YouTube|VK)[\s:,]*$/i;
const RUSSIAN_ACCOUNT_WORD_BEFORE = /(?:канал|страниц|аккаунт|профил|instagram|telegram|клуб|команд|ФК)[\p{L}]*[\s:,]*$/iu;

/** A contact goes; where the sentence needs words, the organisation stands in for it. */
export function replaceContact(d: DetectionOf<'contact'>, ctx: ReplacementContext): Replacement {
  const account = d.contact === 'handle' || d.contact === 'url';
  if (ctx.russian) {
    if (account) return inPlace(ctx, RUSSIAN_ACCOUNT_WORD_BEFORE.test(ctx.before) ? '' : 'закрытый аккаунт');
    return inPlace(ctx, 'через организацию');
  }
  if (account) return inPlace(ctx, ACCOUNT_WORD_BEFORE.test(ctx.before) ? '' : 'a private account');
  if (/(?:number|phone|address|e-?mail)\s+(?:is|was)\s+$/i.test(ctx.before)) return inPlace(ctx, 'available through the organisation');
  if (d.contact === 'phone' && /(?:number|phone|Viber|Telegram|WhatsApp|Signal|mobile)[\s,:(]*$/i.test(ctx.before)) return inPlace(ctx, '');
  return inPlace(ctx, d.contact === 'email' || d.contact === 'phone' ? 'the organisation' : '');
}

/** A document number goes without a trace. */
export function replaceDocument(_d: DetectionOf<'id'>, ctx: ReplacementContext): Replacement {
  return inPlace(ctx, '');
}

/** An address goes together with the "at" or "on" that introduced it. */
export function replaceAddress(_d: DetectionOf<'address'>, ctx: ReplacementContext): Replacement {
  const prep = ctx.before.match(/\s(?:at|on|in|to)\s+$/);
  return prep ? { start: ctx.start - prep[0].length, end: ctx.end, replacement: '' } : inPlace(ctx, '');
}
