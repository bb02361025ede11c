// Mirrors finsam-check's rule `four-parties-signed` (rules/four-parties-signed.drl) for a plan: every party has a
// complete signature – a name and a date, and a box not known to be empty – told by its `party`, or else by a
// name its organisation goes by. A date is `date`, or a full date (with its year) in `dateAsWritten`.
import { foundIn, isBlank } from './terms.js';

const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
const fullDate = new RegExp(`\\d{4}-\\d{1,2}-\\d{1,2}|(?<!\\d)\\d{6}(?!\\d)|\\d{1,2}/\\d{1,2}[- ]+\\d{2,4}|\\d{1,2}\\s+(${months})\\s+\\d{4}`, 'i');

const dated = s => s.date != null || (typeof s.dateAsWritten === 'string' && fullDate.test(s.dateAsWritten));
const complete = s => !isBlank(s.name) && dated(s) && s.signed !== false;

export default (plan, { parties }) => {
  if (plan === null || typeof plan !== 'object') return [];
  const signatures = (Array.isArray(plan.signatures) ? plan.signatures : []).filter(s => s && typeof s === 'object');
  const partyOf = s => (s.party != null ? s.party : (parties.find(p => foundIn(p.names, s.organisation)) || {}).id);
  return parties
    .filter(p => !signatures.some(s => partyOf(s) === p.id && complete(s)))
    .map(p => ({ message: `${p.id} has not signed with a name and a date`, path: ['signatures'] }));
};
