/**
 * Answers about the asker's own partner (content/src/understand/personal.ts) in the reader's
 * words: each answer's data becomes the variables of its message, `bot-my-<…>` in bot.ftl.
 */
import { inline } from '../../content/index.ts';
import type { MyBeyond, MySalesFigure, PersonalData, RequirementResult } from '../../content/index.ts';
import type { T } from '../i18n/words.ts';
import type { Html } from './html.ts';
import { joinHtml } from './html.ts';

/** A personal answer's data by its code. */
type Of<C extends PersonalData['code']> = Extract<PersonalData, { code: C }>;

/** Bulleted lines. */
const bullets = (t: T, items: readonly (Html | string)[]) => joinHtml(items.map((item) => t('bot-my-item', { item })));

/** How far away a day is: "today", "tomorrow", "in 12 days". */
const when = (t: T, days: number) => t.plain('bot-days', { days });

/** What is still missing for a requirement; a sales gap with its money. */
function missingText(t: T, r: RequirementResult): Html {
  if (r.progress && r.requirement.kind === 'sales') return t('bot-my-missing-sales', { amount: r.progress.target - r.progress.current, requirement: inline(r.label) });
  return t.msg(r.missing ?? r.label);
}

/** The sales figures, those over the same days as one amount counting toward several things. */
function salesLines(t: T, figures: readonly MySalesFigure[]): Html[] {
  const groups = new Map<string, MySalesFigure[]>();
  for (const f of figures) {
    const key = `${f.from}|${f.to}|${f.counted}|${f.excluded}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const toward = (f: MySalesFigure) => {
    const met = f.counted >= f.target ? t('bot-my-sales-met') : '';
    return f.toward === 'keep'
      ? t('bot-my-sales-toward-keep', { status: t.status(f.status), date: f.by ?? f.to, target: f.target, met })
      : t('bot-my-sales-toward-reach', { status: t.status(f.status), target: f.target, met });
  };
  return [...groups.values()].map((fs) => {
    const [f] = fs as [MySalesFigure];
    return t('bot-my-sales-item', {
      counted: f.counted, from: f.from, to: f.to,
      excluded: f.excluded ? t('bot-my-sales-excluded', { amount: f.excluded }) : '',
      toward: t.list(fs.map(toward)),
    });
  });
}

/** Moving up to the next status: apply now, or what is still missing. */
function nextStep(t: T, p: Of<'my-next'> | Of<'my-can-reach'>): Html {
  return p.qualifies
    ? t('bot-my-next-qualifies', { next: t.status(p.next) })
    : joinHtml([t('bot-my-next', { next: t.status(p.next), met: p.met, total: p.total }), bullets(t, p.missing.map((r) => missingText(t, r)))]);
}

/** A status beyond the next one: what it will still ask once the partner holds the one below it. */
function beyondStep(t: T, b: MyBeyond): Html {
  const args = { target: t.status(b.status), below: t.status(b.below), met: b.met, total: b.total };
  return b.missing.length === 0
    ? t('bot-my-beyond-then-met', args)
    : joinHtml([t('bot-my-beyond-then', args), bullets(t, b.missing.map((r) => missingText(t, r)))]);
}

/** Each personal answer in words. */
const PERSONAL: { [C in PersonalData['code']]: (t: T, p: Of<C>) => Html } = {
  'my-cancelled': (t, p) => t('bot-my-cancelled', { status: t.status(p.status), date: p.date }),
  'my-discount': (t, p) => {
    const top = p.pending.reduce<Of<'my-discount'>['pending'][number] | undefined>((a, b) => (!a || b.percent > a.percent ? b : a), undefined);
    const rises = top ? t('bot-my-discount-rises', { percent: top.percent, items: t.list(top.missing.map((r) => (r.requirement.kind === 'course' ? t.course(r.requirement.course) : t.msg(inline(r.label))))) }) : '';
    return t('bot-my-discount', { percent: p.percent, status: t.status(p.status), rises });
  },
  'my-status': (t, p) => t('bot-my-status', {
    status: t.status(p.status), since: p.since,
    moved: p.movedDownFrom ? t('bot-my-status-moved', { from: t.status(p.movedDownFrom.status), date: p.movedDownFrom.date }) : '',
  }),
  'my-benefits': (t, p) => joinHtml([
    t('bot-my-benefits', { status: t.status(p.status) }),
    bullets(t, p.available.map((b) => t.msg(b))),
    p.pending.length > 0 && joinHtml(p.pending.map((b) => t('bot-my-benefit-pending', { benefit: b.text, missing: t.join(b.missing, ', ') }))),
  ]),
  'my-sales': (t, p) => (p.figures.length === 0
    ? t('bot-my-sales-none', { status: t.status(p.status) })
    : joinHtml([t('bot-my-sales-title'), ...salesLines(t, p.figures)])),
  'my-keep': (t, p) => {
    const args = { status: t.status(p.status), date: p.by, when: when(t, p.daysLeft), kind: p.kind };
    if (p.met) return t('bot-my-keep-met', args);
    if (p.gap === undefined) return joinHtml([t('bot-my-keep-missing', args), bullets(t, p.missing.map((r) => missingText(t, r)))]);
    const others = p.missing.filter((r) => r.requirement.kind !== 'sales');
    return joinHtml([
      t('bot-my-keep-gap', { ...args, gap: p.gap }),
      p.missing.length > 1 && t('bot-my-also-missing', { items: joinHtml(others.map((r) => missingText(t, r)), '; ') }),
    ]);
  },
  'my-keep-none': (t, p) => t('bot-my-keep-none', { status: t.status(p.status) }),
  'my-next': (t, p) => joinHtml([
    p.beyond && t('bot-my-beyond', { target: t.status(p.beyond.status), next: t.status(p.next) }),
    nextStep(t, p),
    p.beyond && beyondStep(t, p.beyond),
  ]),
  'my-top': (t, p) => t('bot-my-top', { status: t.status(p.status) }),
  'my-done': (t, p) => joinHtml([t('bot-my-done'), joinHtml(p.items.map((r) => t('bot-my-done-item', { item: t.msg(r.label), met: r.met ? 'yes' : 'no' })))]),
  'my-gap': (t, p) => (p.keep || p.next
    ? joinHtml([
      p.keep && t('bot-my-gap-keep', { status: t.status(p.keep.status), date: p.keep.by, gap: p.keep.gap }),
      p.next && t('bot-my-gap-next', { status: t.status(p.next.status), gap: p.next.gap }),
    ])
    : t('bot-my-gap-none')),
  'my-review': (t, p) => {
    const status = t.status(p.status);
    const state = p.met ? t('bot-my-review-met', { status }) : p.gap !== undefined ? t('bot-my-review-gap', { status, gap: p.gap }) : t('bot-my-review-missing', { status });
    return t('bot-my-review', { date: p.date, when: when(t, p.daysLeft), state });
  },
  'my-no-review': (t, p) => t('bot-my-no-review', {
    status: t.status(p.status),
    cutoff: p.cutoff ? t('bot-my-no-review-cutoff', { status: t.status(p.status), date: p.cutoff }) : '',
  }),
  'my-cutoff': (t, p) => {
    const args = { status: t.status(p.status), date: p.date, when: when(t, p.daysLeft) };
    return p.met ? t('bot-my-cutoff-met', args) : joinHtml([t('bot-my-cutoff', args), bullets(t, p.missing.map((r) => missingText(t, r)))]);
  },
  'my-no-cutoff': (t, p) => t('bot-my-no-cutoff', { status: t.status(p.status) }),
  'my-expiry': (t, p) => joinHtml(p.deadlines.map((d) => t('bot-my-expiry', {
    subject: d.subject, date: d.date, when: when(t, d.daysLeft), extendable: d.extendable === undefined ? 'unknown' : d.extendable,
  }))),
  'my-no-expiry': (t, p) => (p.what === 'bonus'
    ? t('bot-my-no-expiry-bonus')
    : t('bot-my-no-expiry', { what: p.what, claim: p.canClaim ? t('bot-my-no-expiry-claim', { status: t.status(p.status) }) : '' })),
  'my-nfr-extend': (t, p) => (p.extendable
    ? t('bot-my-nfr-extend', { status: t.status(p.status), months: p.months, ends: p.date ? t('bot-my-nfr-extend-ends', { date: p.date }) : '' })
    : t('bot-my-nfr-no-extend', { statuses: t.statuses(p.statuses), status: t.status(p.status), ends: p.date ? t('bot-my-nfr-no-extend-ends', { date: p.date }) : '' })),
  'my-bonus': (t, p) => {
    const k = p.kickstart;
    let kickstart: Html;
    switch (k.state) {
      case 'none': kickstart = t('bot-my-kickstart-none', { date: k.appliedAfter }); break;
      case 'ended': kickstart = t(k.credited ? 'bot-my-kickstart-ended-credited' : 'bot-my-kickstart-ended', { date: k.date }); break;
      case 'credited': kickstart = t('bot-my-kickstart-credited', { subject: k.subject, date: k.date, when: when(t, k.daysLeft) }); break;
      case 'open': kickstart = k.eligible
        ? t('bot-my-kickstart-eligible', { amount: k.amount, date: k.date, when: when(t, k.daysLeft) })
        : joinHtml([t('bot-my-kickstart-missing', { amount: k.amount, date: k.date, when: when(t, k.daysLeft) }), bullets(t, k.missing.map((m) => t.msg(m)))]);
    }
    return joinHtml([kickstart, ...p.awards.map((a) => t('bot-my-award', { subject: a.subject, date: a.date, when: when(t, a.daysLeft) }))]);
  },
  'my-key-claim': (t, p) => (p.count === 0
    ? t('bot-my-key-no-claim', { statuses: t.statuses(p.statuses), status: t.status(p.status) })
    : t(p.claimed >= p.count ? 'bot-my-key-all-claimed' : 'bot-my-key-claim', { status: t.status(p.status), count: p.count, claimed: p.claimed })),
  'my-on-track': (t, p) => {
    const args = { status: t.status(p.status), date: p.by, kind: p.kind };
    if (p.met) return t('bot-my-on-track-met', args);
    if (p.gap !== undefined) return t('bot-my-on-track-gap', { ...args, gap: p.gap });
    return joinHtml([t('bot-my-on-track-missing', args), bullets(t, p.missing.map((r) => missingText(t, r)))]);
  },
  'my-can-reach': (t, p) => {
    if (p.beyond) return joinHtml([t('bot-my-beyond-not-yet', { target: t.status(p.beyond.status), next: t.status(p.next) }), nextStep(t, p), beyondStep(t, p.beyond)]);
    return p.qualifies
      ? t('bot-my-can-reach', { next: t.status(p.next) })
      : joinHtml([t('bot-my-can-reach-missing', { next: t.status(p.next) }), bullets(t, p.missing.map((r) => missingText(t, r)))]);
  },
  'my-leads': (t) => t('bot-my-leads'),
  // Shown as the whole standing where the caller has it (personalMessage's `whole`); else its first line.
  'my-overview': (t, p) => t('bot-my-status', { status: t.status(p.status), since: p.since, moved: '' }),
  'my-deadline': (t, p) => (p.deadline
    ? t('bot-my-deadline', {
      name: p.deadline.name, date: p.deadline.date, when: when(t, p.deadline.daysLeft),
      missing: p.deadline.missing.length ? t('bot-my-deadline-missing', { items: t.join(p.deadline.missing, '; ') }) : '',
    })
    : t('bot-my-no-deadline')),
};

/** A personal answer in `t`'s words; `whole`, when given, shows the whole standing (for `my-overview`). */
export function personalMessage(t: T, data: PersonalData, whole?: () => Html): Html {
  if (data.code === 'my-overview' && whole) return whole();
  const message = PERSONAL[data.code] as (t: T, p: PersonalData) => Html;
  return message(t, data);
}
