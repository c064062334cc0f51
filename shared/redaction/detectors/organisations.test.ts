import { describe, expect, it } from 'vitest';
import { findNamedOrganisations } from './organisations';

const found = (text: string) => findNamedOrganisations(text).map((d) => text.slice(d.start, d.end));

describe('workplaces named after the people who work there', () => {
  it('takes the plant of its employees and workers, quoted or not, up to the first name of a person', () => {
    expect(found('Vadzim, an employee of Khimvolokno, was detained.')).toEqual(['Khimvolokno']);
    expect(found('Andrei, a former worker of the ‘Ammiak 3’ shop.')).toEqual(['‘Ammiak 3’']);
    expect(found('Also detained: employees of the Belarusian Railroad Hanna Sakovich and Syarhei Kryvets.')).toEqual(['Belarusian Railroad']);
  });

  it('leaves state bodies, countries and a whole people', () => {
    expect(found('Employees of the State Department of Border Police broke in.')).toEqual([]);
    expect(found('Workers of Belarus joined the strike.')).toEqual([]);
    expect(found('Employees of Belarusian factories supported it.')).toEqual([]);
  });
});
