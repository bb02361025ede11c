// Mirrors finsam-check's rule `deadline` (rules/deadline.drl): the received date, when the plan gives one, must be
// on or before the deadline; without one the latest signature date must be; with no date at all kansliet must
// look. Only ISO dates (YYYY-MM-DD) are read: finsam-check also reads a full date in `dateAsWritten`.
const iso = /^\d{4}-\d{2}-\d{2}$/;

export default (plan, { deadline }) => {
  if (plan === null || typeof plan !== 'object') return [];
  if (plan.received != null) {
    return String(plan.received) > deadline
      ? [{ message: `received ${plan.received}, after the deadline ${deadline}`, path: ['received'] }]
      : [];
  }
  const signatures = Array.isArray(plan.signatures) ? plan.signatures : [];
  const dated = signatures.map((s, i) => ({ date: s && s.date, i })).filter(s => typeof s.date === 'string' && iso.test(s.date));
  if (dated.length === 0) return [{ message: `no received date and no dated signature to judge the deadline ${deadline} by`, path: [] }];
  const latest = dated.reduce((a, b) => (b.date > a.date ? b : a));
  return latest.date > deadline
    ? [{ message: `signed ${latest.date}, after the deadline ${deadline}`, path: ['signatures', latest.i, 'date'] }]
    : [];
};
