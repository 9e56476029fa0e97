/**
 * Our own short sentences about the December 2025 Berlin talks on a peace
 * deal for Ukraine, split into the five pieces a heavy-page paragraph is made
 * of (text, <b>, text, <a>/<em>, text). Written for these pages, not taken
 * from any outlet. Every piece names at least one of the story's terms, so a
 * paragraph carries about six mentions.
 */

/** The five text nodes of one paragraph, in order. */
export type Pieces = readonly [lead: string, bold: string, middle: string, link: string, tail: string];

export const LEADS: readonly string[] = [
  'On Sunday evening Zelenskyy sat down with Witkoff and Kushner at the chancellery, where ',
  'Merz opened the second day in Berlin by thanking Zelenskyy, and ',
  'Putin was not in the room, but his demands were, and ',
  'Witkoff told reporters that the gap had narrowed, while ',
  'Kushner spent the afternoon on the maps of the Donbas region, and ',
  'Zelenskyy said Ukraine had come to Berlin ready to listen, and ',
];

export const BOLDS: readonly string[] = [
  'Zelenskyy',
  'the Coalition of the Willing',
  'security guarantees',
  'Kushner and Witkoff',
  'Merz',
  'the Berlin talks',
];

export const MIDDLES: readonly string[] = [
  ' came back to the Donbas region again and again; ',
  ' weighed the frozen Russian assets as a source of money; ',
  ' heard the idea of a free economic zone in the east; ',
  ' asked whether security guarantees would hold without troops; ',
  ' wanted the frozen Russian assets kept out of any bargain; ',
  ' said a free economic zone could be a way out; ',
];

export const LINKS: readonly string[] = ['Putin', 'the Kremlin', 'Witkoff', 'Zelenskyy', 'Merz', 'Kushner'];

export const TAILS: readonly string[] = [
  ' would answer, one adviser said, only after the security guarantees were written down.',
  ' was told the Coalition of the Willing would meet again within days.',
  ' expected the next round of talks to take place in Miami.',
  ' said the frozen Russian assets could pay for rebuilding the towns near the front.',
  ' left Berlin late at night without a signed text.',
  ' called the free economic zone a name for a retreat.',
];

/** A short opening article for a page: plain paragraphs, a few mentions each. */
export const ARTICLE: readonly string[] = [
  'Talks on ending the war in Ukraine resumed in Berlin on Sunday, with Zelenskyy meeting the American envoys Witkoff and Kushner for more than five hours.',
  'Chancellor Merz hosted the meetings and later spoke with members of the Coalition of the Willing about what security guarantees Europe could offer.',
  'The hardest question remained the Donbas region, which Putin wants handed over; American negotiators floated a free economic zone instead.',
  'European leaders also discussed using frozen Russian assets to fund a loan for Kyiv, an idea several capitals still resist.',
];
