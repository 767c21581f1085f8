import { foldText, WORD } from '../text/fold-text';

// Function words carry no topic; dropping them keeps term vectors short and meaningful.
const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have having he
  her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
  now of off on once only or other our ours ourselves out over own said same says she should so some such than
  that the their theirs them themselves then there these they this those through to too under until up very was
  we were what when where which while who whom why will with would you your yours yourself yourselves one two
  new year years last first told week month people would like get got make made still many much may might
  three four five six seven eight nine ten per cent its it's that's there's we're they're i'm`.split(/\s+/),
);

/**
 * Splits text into lower-case word tokens for ranking, without stop words or very short words.
 * @example tokenize("Liverpool's new R&D hub") // ["liverpool", "hub"]
 */
export function tokenize(text: string): string[] {
  const words = foldText(text).match(WORD) ?? [];
  return words.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
}
