// Mirrors two of finsam-check's rules on the posts of a plan's resource table (check: percent or resultGoal):
//  - `percent-of-full-time` (rules/percent-of-full-time.drl): a post's extent is one percentage of full time,
//    positive and at most maxPercent; none, or a sum or range ("50+40%"), is flagged;
//  - `measurable-result-goal` (rules/measurable-result-goal.drl): a post has a result goal that names a quantity
//    or a date (facts/Wording.isMeasurable).
// Which rows are posts is told as finsam-check tells it (facts/Interpreter.understand): `post` when given, else a
// row that is no note and no cost row and gives an extent or names a post.
import { foundIn, isBlank } from './terms.js';

const num = '(?<!\\d)(\\d+(?:[.,]\\d+)?)';
const unit = '\\s*(?:%|procent)';
const SUM = new RegExp(`${num}\\s*%?\\s*[+]\\s*${num}${unit}`, 'i');
const RANGE = new RegExp(`${num}\\s*%?\\s*[-–]\\s*${num}${unit}`, 'i');
const SINGLE = new RegExp(`${num}${unit}`, 'i');

const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const DATE = new RegExp(`\\d{2,4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}|\\d{1,2}\\s+(?:${months})|(?:${months})\\s+\\d{4}`);
const QUANTITY = /(?<!\d)\d+\s*(?:%|procent)|(?<![\d.,-])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?!\d)/;
const NUMBER_WORDS = new Set(['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv',
  'femton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra']);

const text = v => (v === null || v === undefined ? null : String(v));

/** The extent as written: 'sum', 'range', a number, or null when none is written. */
function extent(written) {
  if (written === null || !/\d/.test(written)) return null;
  if (SUM.test(written)) return 'sum';
  if (RANGE.test(written)) return 'range';
  const m = SINGLE.exec(written);
  return m ? Number(m[1].replace(',', '.')) : null;
}

function measurable(goal) {
  const lower = goal.toLowerCase();
  return (/\d/.test(lower) && (DATE.test(lower) || QUANTITY.test(lower)))
    || (lower.match(/\p{L}+/gu) || []).some(w => NUMBER_WORDS.has(w));
}

export default (rows, { check, maxPercent, costRows, notes, posts }, context) => {
  if (!Array.isArray(rows)) return [];
  const results = [];
  rows.forEach((r, i) => {
    if (r === null || typeof r !== 'object') return;
    const resource = text(r.resource);
    const written = extent(text(r.extent != null ? r.extent : r.resource));
    const percent = typeof r.percent === 'number' ? r.percent : typeof written === 'number' ? written : null;
    const none = written === null && typeof r.percent !== 'number';
    const note = r.post !== true && r.cost == null && none && foundIn(notes, resource);
    const post = typeof r.post === 'boolean' ? r.post
      : !note && !foundIn(costRows, resource) && (!none || foundIn(posts, resource));
    if (!post) return;
    if (check === 'percent') {
      if (written === 'sum' || written === 'range') {
        results.push({ message: `"${resource}": state the combined extent, not a sum or range`, path: [...context.path, i] });
      } else if (percent === null || percent <= 0 || percent > maxPercent) {
        results.push({ message: `"${resource}": no percentage of full time between 0 and ${maxPercent}`, path: [...context.path, i] });
      }
    } else if (isBlank(r.resultGoal)) {
      results.push({ message: `"${resource}": no result goal`, path: [...context.path, i, 'resultGoal'] });
    } else if (!measurable(text(r.resultGoal))) {
      results.push({ message: `"${resource}": the result goal names no quantity or date`, path: [...context.path, i, 'resultGoal'] });
    }
  });
  return results;
};
