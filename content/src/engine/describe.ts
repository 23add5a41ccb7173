/** Requirements as messages, built from their data: what each asks, for the front ends to put in words. */
import type { Message, MessageParam } from '../i18n/message.ts';
import { msg } from '../i18n/message.ts';
import { courseWord } from '../i18n/rule-words.ts';
import type { Rules } from '../rules.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { trailingMonths } from '../schemas/requirement.ts';

/**
 * What `requirement` asks, as a short phrase: `req-sales-trailing` ("$/€2,500 in sales over the
 * last 12 months"). `whileStatus` names the status a `whileCurrentStatus` sales requirement refers
 * to ("as a Silver partner"); without it, "the status below".
 */
export function requirementMessage(rules: Rules, requirement: Requirement, whileStatus?: Message): Message {
  switch (requirement.kind) {
    case 'sales': {
      const trailing = requirement.window === 'trailing';
      const params: Record<string, MessageParam> = { amount: requirement.amount };
      if (trailing) params.months = trailingMonths(requirement);
      if (requirement.whileCurrentStatus) params.status = whileStatus ?? msg('req-status-below');
      return msg(`req-sales-${trailing ? 'trailing' : 'review-year'}${requirement.whileCurrentStatus ? '-while' : ''}`, params);
    }
    case 'clients':
      return msg('req-clients', { count: requirement.count });
    case 'course':
      return msg('req-course', { course: courseWord(rules, requirement.course) });
    case 'endorsement':
      return msg(`req-endorsement-${requirement.channel}`);
    default:
      return msg(`req-${requirement.kind}`);
  }
}
