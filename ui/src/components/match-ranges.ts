// Where the words of a search occur in a text, ignoring case and accents ("garcia" finds "García").

/** Lower-case, accent-free form of one character; may be empty (a lone combining mark). */
function fold(char: string): string {
  return char.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Ranges `[start, end)` of `text` (in UTF-16 indexes of the original) matching any word of
 * `search`, sorted and merged. Words are split on whitespace; each is matched on its own.
 */
export function matchRanges(text: string, search: string): [number, number][] {
  const words = search
    .split(/\s+/)
    .map((word) => [...word].map(fold).join(""))
    .filter(Boolean);
  if (words.length === 0 || !text) return [];

  // The folded text, and for each of its code units the original range it came from.
  let folded = "";
  const origin: [number, number][] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    for (let i = 0; i < f.length; i++) origin.push([index, index + char.length]);
    folded += f;
    index += char.length;
  }

  const found: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      const first = origin[at];
      const last = origin[at + word.length - 1];
      if (first && last) found.push([first[0], last[1]]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
