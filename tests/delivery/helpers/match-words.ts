/** A stand-in for the search engine's follow matcher: every word of the query appears in the text. */
export function matchWords(query: string, text: string): boolean {
  const words = text.toLowerCase().split(/\W+/);
  return query
    .toLowerCase()
    .split(/\s+/)
    .every((word) => words.includes(word));
}
