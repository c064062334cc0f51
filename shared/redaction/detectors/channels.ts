// Hand-written (docs/hand-written.md): no data set says whose channel a story names.
import { PRIORITY } from '../priorities';
import type { DetectionOf } from '../types';

/**
 * A channel, chat or page a person ran, in English ("accused of administering the Telegram channel
 * Army with the People", "ran the channel “Smelye lyudi” (“Brave people”)"): its few admins are
 * the ones prosecuted for it, so its name leads to them like an account handle does. A channel
 * someone only read or shared from ("subscribed to the Telegram channel “Real Belarus”") is a
 * medium with thousands of readers and stays. The name is quoted or a run of capitalised words;
 * a quoted translation in brackets after it goes with it.
 */
const RAN = String.raw`(?:administer\w*|admin(?:s|ed|ing)?|ran|runs?|running|creat(?:e|ed|es|ing)|found(?:ed|ing)|moderat\w*|manag(?:e|ed|es|ing)|maintain\w*|set(?:ting)? up|start(?:ed|ing))`;
const PLATFORM = String.raw`(?:(?:Telegram|YouTube|Instagram|TikTok|Viber|Facebook|VK|WhatsApp)[\s-]+)?`;
const MEDIUM = String.raw`(?:channel|chat|group|page|community|blog)`;
const QUOTED = String.raw`["«„“‘'][^"«»„“”\n]{2,60}["»“”’']`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:with|of|the|and|for|in|on|to|a|an)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*`;
const CHANNEL_EN = new RegExp(
  String.raw`(?<![\p{L}])${RAN}\s+(?:(?:the|a|an|his|her|their|its|one|two|several)\s+)?(?:\p{Ll}+\s+){0,2}${PLATFORM}${MEDIUM}s?\s*(?:called\s+|named\s+)?(${QUOTED}|${CAPITALISED})(\s*\(\s*${QUOTED}\s*\))?`,
  'gu',
);

export function findRunChannels(text: string): DetectionOf<'contact'>[] {
  const out: DetectionOf<'contact'>[] = [];
  if (!/channel|chat|group|page|community|blog/i.test(text)) return out;
  for (const m of text.matchAll(CHANNEL_EN)) {
    const name = m[1]! + (m[2] ?? '');
    const start = m.index! + m[0].length - name.length;
    out.push({ start, end: start + name.length, category: 'contact', source: 'detector', kind: 'quasi', contact: 'handle', priority: PRIORITY.contact });
  }
  return out;
}
