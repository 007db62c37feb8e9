/**
 * British and American spelling, folded into one form by rule. The English edition is British, so
 * the folded form is the British one: the index's stemmer (Snowball) treats it safely, where the
 * American -ization would stem to "util" for "utilization" and collide with "utility".
 * Folding is applied to the query and, for the words of a block whose folded form differs, to the
 * indexed copy (src/integrations/search-index.ts), so each spelling finds the other, both ways.
 * A rule may produce a form that is no word at all ("sectour"): harmless, because both sides fold
 * the same way; only two real words folded together would be wrong, and those are the exceptions.
 */

/** Where a rule would join two different words, or a word has no rule: American → British. */
const PAIRS: Record<string, string> = {
  gray: 'grey',
  plow: 'plough',
  aluminum: 'aluminium',
  mold: 'mould',
  aging: 'ageing',
  fulfill: 'fulfil',
  fulfills: 'fulfils',
  fulfillment: 'fulfilment',
  enroll: 'enrol',
  enrolls: 'enrols',
  enrollment: 'enrolment',
  installment: 'instalment',
  installments: 'instalments',
  skillful: 'skilful',
  willful: 'wilful',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  pediatric: 'paediatric',
  encyclopedia: 'encyclopaedia',
  archeology: 'archaeology',
  program: 'programme',
  programs: 'programmes',
};

/** Words a rule below would change although they are spelt the same on both sides. */
const KEEP = new Set(['prize', 'prizes', 'prized', 'seize', 'seizes', 'seized', 'seizing', 'maize', 'capsize', 'capsized', 'downsize', 'downsized', 'downsizing', 'oversize', 'oversized', 'honorary', 'door', 'doors', 'floor', 'floors', 'minor', 'minors', 'donor', 'donors', 'vendor', 'vendors', 'governor', 'governors', 'manor', 'tenor']);

/** Rules, American → British, each on a whole lower-case word; the first that applies wins. */
const RULES: [RegExp, string][] = [
  // organize, organization, utilizing → organise, organisation, utilising
  [/^(.{2,})iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, '$1is$2'],
  // analyze → analyse
  [/^(.+)yz(e|es|ed|ing|er|ers)$/, '$1ys$2'],
  // color, behavior, honorable, neighborhood → colour, behaviour, honourable, neighbourhood
  [/^(?=.{4})(.*(?:[lbnvmdgp]|behavi|savi))or(s|ed|ing|ful|less|able|ably|ite|ites|ist|ists|hood|hoods|ism|al)?$/, '$1our$2'],
  // center, meter, fiber, theater → centre, metre, fibre, theatre
  [/^(.*(?:cent|met|lit|fib|theat|spect|somb|calib|lust|sab|meag|och|nit|mit|sceptr|scept))er(s?)$/, '$1re$2'],
  [/^(.*(?:cent|met|lit|fib|theat|spect|somb|calib|lust|sab|meag))er(ed|ing)$/, '$1r$2'],
  // defense, offense, license → defence, offence, licence (British keeps practise as the verb: folded to practice)
  [/^(.*(?:def|off|pret|lic))ens(e|es|ed|ing|ive)$/, '$1enc$2'],
  [/^(.*practi)s(e|es|ed|ing)$/, '$1c$2'],
  // catalog, dialog, analog → catalogue, dialogue, analogue
  [/^(.*(?:catal|dial|anal|monol|prol|epil))og(s?)$/, '$1ogue$2'],
  // modeled, traveling, labeled, counselor → modelled, travelling, labelled, counsellor
  [/^(.*[^aeiou][ea])l(ed|ing|er|ers|or|ors)$/, '$1ll$2'],
  // judgment, acknowledgment → judgement, acknowledgement
  [/^(.*dg)ment(s?)$/, '$1ement$2'],
  // skeptic, skeptical → sceptic, sceptical
  [/^skeptic(.*)$/, 'sceptic$1'],
];

/** The British form of an English word (lower case), by rule; a word already British is returned as it is. */
export function britishSpelling(word: string): string {
  const w = word.toLowerCase();
  if (PAIRS[w]) return PAIRS[w];
  if (KEEP.has(w)) return w;
  for (const [re, to] of RULES) if (re.test(w)) return w.replace(re, to);
  return w;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The folded forms of a text's words that differ from the words themselves, once each: added to the
 * indexed copy of a block so that a British query finds an American spelling in the text.
 */
export function spellingExtras(text: string): string[] {
  const out = new Set<string>();
  for (const [w] of text.matchAll(WORD)) {
    if (!/^[a-z]+$/i.test(w)) continue;
    const b = britishSpelling(w);
    if (b !== w.toLowerCase()) out.add(b);
  }
  return [...out];
}
