// The Snowball stemmer the search test uses to compute what English words must match (Pagefind stems with Snowball too).
declare module 'snowball-stemmers' {
  export function newStemmer(language: string): { stem(word: string): string };
}
