// The word lists of finsam-check's edition file, matched as finsam-check matches them (edition/Terms.java): a
// term stands where no letter or digit comes before it; "af" is the whole word, "region*" any word starting so.
const wordChar = /[\p{L}0-9]/u;

export function foundIn(terms, text) {
  if (typeof text !== 'string') return false;
  const lower = text.toLowerCase();
  for (let i = 0; i <= lower.length; i++) {
    if (i > 0 && wordChar.test(lower[i - 1])) continue;
    for (const term of terms) {
      const prefix = term.endsWith('*');
      const word = prefix ? term.slice(0, -1) : term;
      if (lower.startsWith(word, i) && (prefix || i + word.length === lower.length || !wordChar.test(lower[i + word.length]))) {
        return true;
      }
    }
  }
  return false;
}

// finsam-check's model/Text.isBlank: absent, or only whitespace and filler (a dash, a dot …).
export function isBlank(value) {
  return value === null || value === undefined || (typeof value === 'string' && /^[\s\-–—.,_*]*$/.test(value));
}
