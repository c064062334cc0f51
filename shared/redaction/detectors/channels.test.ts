import { describe, expect, it } from 'vitest';
import { findRunChannels } from './channels';

const found = (text: string) => findRunChannels(text).map((d) => text.slice(d.start, d.end));

describe('channels a person ran', () => {
  it('takes the name of a channel someone administered, quoted or in capitals, with its bracketed translation', () => {
    expect(found('She was accused of administering the Telegram channel Army with the People, preparing riots.')).toEqual(['Army with the People']);
    expect(found('He ran the telegram channel “Smelye lyudi” (“Brave people”). He was detained.')).toEqual(['“Smelye lyudi” (“Brave people”)']);
    expect(found('She created a local YouTube channel called "Our Yard" in 2019.')).toEqual(['"Our Yard"']);
  });

  it('leaves a channel that was only read or shared from: a medium, not its admin', () => {
    expect(found('He was detained for having subscribed to the Telegram channel “Real Belarus”.')).toEqual([]);
    expect(found('The reason was sharing news from Telegram channels that had been labeled extremist.')).toEqual([]);
    expect(found('He checked in with the group chat to find out what was happening.')).toEqual([]);
  });
});
