import { describe, expect, it } from 'vitest';
import { formChoices } from '../../client/app/formChoices.ts';

describe('the forms a list offers', () => {
  it('numbers names that repeat, in lane order, and names an unnamed form', () => {
    const forms = [
      { id: 'a', name: 'Oplæg' },
      { id: 'b', name: 'Workshop' },
      { id: 'c', name: ' Oplæg ' },
      { id: 'd', name: '' },
    ];
    expect(formChoices(forms, '(unavngiven)').map((choice) => choice.label)).toEqual([
      'Oplæg (1)',
      'Workshop',
      'Oplæg (2)',
      '(unavngiven)',
    ]);
  });
});
