/** Alignment rules past the plain threshold: mutual best matches, long sentences, possessives. */
import { describe, expect, it } from 'vitest';
import { alignSentences, DEFAULT_ALIGN, stem, type AlignOptions } from '../../../lib/draft/align';
import type { Sentence } from '../../../lib/draft/types';

const s = (source: string, text: string): Sentence => ({ source, span: [0, text.length], text });
const never = 1.01;
const only = (o: Partial<AlignOptions>): AlignOptions => ({ ...DEFAULT_ALIGN, threshold: never, mutual: never, longer: { ratio: 1.5, threshold: never }, ...o });
const pairs = (groups: Sentence[][]) => groups.map((g) => g.map((x) => x.text.slice(0, 14)).join(' + '));

describe('mutual best matches', () => {
  const sentences = [
    s('s000', 'Ferry crews walked out over night shifts at the northern harbour.'),
    s('s000', 'Bakers in the old quarter sold cinnamon buns and rye loaves all winter.'),
    s('s001', 'Northern harbour ferry crews began a strike over night shifts.'),
    s('s001', 'Rye loaves sold well, said a baker near the station gardens.'),
  ];

  it('aligns a pair that picks each other, below the plain threshold', () => {
    expect(pairs(alignSentences(sentences, only({ mutual: 0.01 })))).toContain('Ferry crews wa + Northern harbo');
  });

  it('aligns nothing when the mutual rule is off and the threshold is out of reach', () => {
    expect(alignSentences(sentences, only({}))).toHaveLength(0);
  });

  it('does not align a one-sided best match through the mutual rule', () => {
    const oneSided = [
      s('s000', 'Ferry crews walked out over night shifts at the northern harbour.'),
      s('s000', 'Ferry crews at the northern harbour walked out over night shifts and pay.'),
      s('s001', 'Night shifts and pay at the northern harbour angered ferry crews again.'),
      s('s001', 'Rye loaves sold well, said a baker near the station gardens today.'),
    ];
    const found = alignSentences(oneSided, only({ mutual: 0.01 }));
    expect(found).toHaveLength(1);
    expect(found[0]!.map((x) => x.text)).toContain(oneSided[1]!.text);
  });
});

describe('long sentences that tell two facts', () => {
  const sentences = [
    s('s000', 'The harbour board, which met on Friday, raised ferry fares by a tenth and also closed the northern pier for repairs until spring.'),
    s('s001', 'The board raised ferry fares by a tenth on Friday, passengers were told.'),
    s('s001', 'Repairs will keep the northern pier closed until spring.'),
  ];

  it('lets a short sentence join the long one it picks, even when the long one prefers another', () => {
    const found = pairs(alignSentences(sentences, only({ mutual: 0.01, longer: { ratio: 1.5, threshold: 0.01 } })));
    expect(found).toContain('The harbour bo + The board rais');
    expect(found).toContain('The harbour bo + Repairs will k');
  });

  it('without the rule, only the mutual pair aligns', () => {
    expect(alignSentences(sentences, only({ mutual: 0.01 }))).toHaveLength(1);
  });
});

describe('stem', () => {
  it('takes a possessive off before cutting', () => {
    expect(stem('council’s')).toBe(stem('council'));
    expect(stem("kyiv's")).toBe('kyiv');
  });
});

describe('shared words', () => {
  const sentences = [
    s('s000', 'Quarry owners in Tromsø expect a cold spring with long frosts.'),
    s('s001', 'A choir from Tromsø sang carols at the cathedral on Sunday evening.'),
  ];

  it('aligns no pair that shares a single word, however rare', () => {
    expect(alignSentences(sentences, { ...DEFAULT_ALIGN, threshold: 0.01, mutual: 0.01 })).toHaveLength(0);
  });

  it('would align it with one shared word allowed', () => {
    expect(alignSentences(sentences, { ...DEFAULT_ALIGN, threshold: 0.01, mutual: 0.01, minShared: 1 })).toHaveLength(1);
  });
});
